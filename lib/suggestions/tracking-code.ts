import { randomInt } from "node:crypto";

// No 0/O or 1/I: codes are read out over the phone and copied by hand (the demo generator uses the same set).
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

export function newTrackingCode(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}
