// TOTP for the second factor (S6), RFC 6238 defaults: HMAC-SHA1, 6 digits, 30-second steps, and a window of one
// step either side for clock drift. The arithmetic is the `otpauth` library's; what is ours is the rule that a
// step once accepted for an account can never be accepted again (replay), kept as User.totpLastStep.
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_WINDOW = 1;
const ISSUER = "人大代表联络站";

const totp = (secretBase32: string, label = "") =>
  new TOTP({
    issuer: ISSUER,
    label,
    secret: Secret.fromBase32(secretBase32),
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
  });

/** A fresh random secret (160 bits, as RFC 4226 recommends), base32 as authenticator apps expect. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, accountName: string): string {
  return totp(secretBase32, accountName).toString();
}

export function totpStep(now = Date.now()): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: now });
}

export function totpCode(secretBase32: string, step: number): string {
  return totp(secretBase32).generate({ timestamp: step * TOTP_PERIOD_SECONDS * 1000 });
}

/** The time step a 6-digit code belongs to, within ±1 step of now; null for a wrong or stale code. */
export function matchTotpStep(secretBase32: string, token: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32).validate({ token, timestamp: now, window: TOTP_WINDOW });
  return delta == null ? null : totpStep(now) + delta;
}

/** A step is usable only if it is later than the last one accepted for the account. */
export function isFreshStep(step: number, lastStep: number | null): boolean {
  return lastStep == null || step > lastStep;
}

/** The earliest step whose code would still be accepted now for an account, or null if none is left in the
 *  window (every step up to now + 1 already used). Used to show the demo accounts a code that will work. */
export function nextUsableStep(lastStep: number | null, now = Date.now()): number | null {
  const current = totpStep(now);
  const earliest = Math.max(current - TOTP_WINDOW, lastStep == null ? -Infinity : lastStep + 1);
  return earliest <= current + TOTP_WINDOW ? Math.max(earliest, current) : null;
}
