// The browser tests' authenticator app: codes computed from a secret, as a phone would (RFC 6238 defaults).
// For an account enrolled during a test, the secret is read back from the database (decrypted with the same key
// as lib/crypto/pii.ts), and a step later than the last one used is chosen, since a used step is refused.
import { createDecipheriv } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { query } from "./db";

const PERIOD_MS = 30_000;
export const stepNow = () => Math.floor(Date.now() / PERIOD_MS);

export function codeFor(secretBase32: string, step = stepNow()): string {
  return TOTP.generate({ secret: Secret.fromBase32(secretBase32.replace(/\s/g, "")), timestamp: step * PERIOD_MS });
}

function decrypt(stored: string): string {
  const [, iv, tag, data] = stored.split(".");
  const key = Buffer.from(process.env.PII_ENCRYPTION_KEY!, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

/** A code the portal will accept now for this enrolled account: waits for the next step if this one is used. */
export async function freshCodeFor(username: string): Promise<string> {
  const [row] = await query<{ secret: string; last: number | null }>(
    `SELECT "totpSecretEnc" AS secret, "totpLastStep" AS last FROM "User" WHERE username = $1`,
    [username],
  );
  if (!row?.secret) throw new Error(`${username} has no second factor`);
  const secret = decrypt(row.secret);
  for (;;) {
    const step = Math.max(stepNow(), (row.last ?? -1) + 1);
    if (step <= stepNow() + 1) return codeFor(secret, step);
    await new Promise((r) => setTimeout(r, 1000));
  }
}
