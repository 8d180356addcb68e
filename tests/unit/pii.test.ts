import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

beforeAll(() => {
  process.env.DATABASE_URL ??= "postgres://unused";
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.PII_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  process.env.PII_HMAC_KEY ??= randomBytes(32).toString("base64");
});

describe("personal data at rest (S8)", async () => {
  const { decryptPii, encryptPii, maskPhone, piiHmac } = await import("@/lib/crypto/pii");

  it("encrypts with a fresh IV each time and decrypts back", () => {
    const a = encryptPii("13800138000");
    const b = encryptPii("13800138000");
    expect(a).not.toEqual(b);
    expect(a).not.toContain("13800138000");
    expect(decryptPii(a)).toBe("13800138000");
  });
  it("refuses tampered ciphertext", () => {
    const parts = encryptPii("13800138000").split(".");
    parts[3] = Buffer.from("13900000000").toString("base64url");
    expect(() => decryptPii(parts.join("."))).toThrow();
  });
  it("gives a stable keyed hash for look-ups, separated by purpose", () => {
    expect(piiHmac("13800138000")).toBe(piiHmac("13800138000"));
    expect(piiHmac("13800138000", "phone")).not.toBe(piiHmac("13800138000", "id"));
  });
  it("masks phone numbers as 138****8000", () => {
    expect(maskPhone("13800138000")).toBe("138****8000");
  });
});
