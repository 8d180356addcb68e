// S8: phone and ID numbers are stored as AES-256-GCM ciphertext plus an HMAC for exact look-ups,
// and shown masked. Format of the ciphertext: v1.<iv>.<tag>.<data>, base64url parts.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "../env.ts";

const key = () => Buffer.from(env().PII_ENCRYPTION_KEY, "base64");
const hmacKey = () => Buffer.from(env().PII_HMAC_KEY, "base64");

export function encryptPii(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function decryptPii(stored: string): string {
  const [version, iv, tag, data] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !data) throw new Error("Unrecognised ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

/** Keyed hash for equality look-ups; `purpose` keeps hashes of different kinds of value apart. */
export function piiHmac(value: string, purpose = "phone"): string {
  return createHmac("sha256", hmacKey()).update(`${purpose}:${value}`).digest("hex");
}

/** 13812345678 → 138****5678 */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : "****";
}
