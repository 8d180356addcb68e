// One-time recovery codes for a lost authenticator: ten per enrolment, shown once, only an HMAC kept (keyed like
// phone numbers, so a copy of the database alone cannot test guesses). 10 characters from a 32-letter alphabet
// is 50 bits each: an HMAC is enough, a slow hash would add nothing but a scan over every code at sign-in.
import { randomInt } from "node:crypto";
import { piiHmac } from "../crypto/pii.ts";

export const RECOVERY_CODE_COUNT = 10;
// No look-alikes (0/o, 1/l/i), so a code can be copied from paper.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** "k7m2p-x9qa4": two groups of five for reading aloud; the dash is optional when typed. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const one = () => Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return Array.from({ length: count }, () => {
    const c = one();
    return `${c.slice(0, 5)}-${c.slice(5)}`;
  });
}

/** What a person typed, as stored: lower case, no spaces or dashes; null if it cannot be a recovery code. */
export function normalizeRecoveryCode(typed: string): string | null {
  const c = typed.toLowerCase().replace(/[\s-]/g, "");
  return c.length === 10 && [...c].every((ch) => ALPHABET.includes(ch)) ? c : null;
}

export const recoveryCodeHmac = (normalized: string) => piiHmac(normalized, "recovery-code");
