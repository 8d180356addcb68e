// One-time passwords for new accounts and resets (S3): random, strong and easy to read out or copy by hand.
// Four groups of four from an alphabet without look-alike characters (no 0/O, 1/l/I): about 93 bits.
import { randomInt } from "node:crypto";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

export function oneTimePassword(groups = 4, groupSize = 4): string {
  return Array.from({ length: groups }, () =>
    Array.from({ length: groupSize }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  ).join("-");
}
