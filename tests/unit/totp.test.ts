import { describe, expect, it } from "vitest";
import { TOTP, Secret } from "otpauth";
import {
  isFreshStep,
  matchTotpStep,
  newTotpSecret,
  nextUsableStep,
  totpCode,
  totpStep,
  totpUri,
} from "@/lib/auth/totp";
import { newRecoveryCodes, normalizeRecoveryCode } from "@/lib/auth/recovery-codes";

// RFC 6238 appendix B: the SHA1 secret "12345678901234567890", 8-digit codes; the 6-digit code is the last six.
const RFC_SECRET = Secret.fromLatin1("12345678901234567890").base32;

describe("TOTP (RFC 6238: SHA1, 6 digits, 30 s)", () => {
  it("matches the RFC's test vectors", () => {
    expect(totpCode(RFC_SECRET, Math.floor(59 / 30))).toBe("287082");
    expect(totpCode(RFC_SECRET, Math.floor(1111111109 / 30))).toBe("081804");
    expect(totpCode(RFC_SECRET, Math.floor(1234567890 / 30))).toBe("005924");
  });

  it("accepts the codes of the step before, the current one and the one after, and nothing further", () => {
    const secret = newTotpSecret();
    const now = Date.UTC(2026, 11, 5, 12, 0, 10);
    const step = totpStep(now);
    expect(matchTotpStep(secret, totpCode(secret, step), now)).toBe(step);
    expect(matchTotpStep(secret, totpCode(secret, step - 1), now)).toBe(step - 1);
    expect(matchTotpStep(secret, totpCode(secret, step + 1), now)).toBe(step + 1);
    // stale and too early (a collision with a nearby step's code is possible in principle; these secrets are random)
    const stale = totpCode(secret, step - 2);
    const nearby = [step - 1, step, step + 1].map((s) => totpCode(secret, s));
    if (!nearby.includes(stale)) expect(matchTotpStep(secret, stale, now)).toBeNull();
    const early = totpCode(secret, step + 2);
    if (!nearby.includes(early)) expect(matchTotpStep(secret, early, now)).toBeNull();
  });

  it("refuses anything that is not six digits", () => {
    const secret = newTotpSecret();
    const code = totpCode(secret, totpStep());
    for (const bad of ["", "12345", "1234567", `${code} `, "abcdef", "１２３４５６"]) {
      expect(matchTotpStep(secret, bad)).toBeNull();
    }
  });

  it("agrees with an authenticator app reading the QR address", () => {
    const secret = newTotpSecret();
    const uri = totpUri(secret, "zhangsan");
    expect(uri).toMatch(/^otpauth:\/\/totp\/.+zhangsan\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain("algorithm=SHA1");
    expect(uri).toContain("digits=6");
    expect(uri).toContain("period=30");
    const app = new TOTP({ secret });
    expect(app.generate()).toBe(totpCode(secret, totpStep()));
    expect(Secret.fromBase32(secret).bytes.length).toBe(20);
  });
});

describe("replay refusal", () => {
  it("a step is fresh only when later than the last one accepted", () => {
    expect(isFreshStep(100, null)).toBe(true);
    expect(isFreshStep(101, 100)).toBe(true);
    expect(isFreshStep(100, 100)).toBe(false); // the same code again
    expect(isFreshStep(99, 100)).toBe(false); // an older code after a newer one
  });

  it("the next usable step is the current one, or the one after when the current was used, then none", () => {
    const now = Date.UTC(2026, 11, 5, 12, 0, 10);
    const step = totpStep(now);
    expect(nextUsableStep(null, now)).toBe(step);
    expect(nextUsableStep(step - 5, now)).toBe(step);
    expect(nextUsableStep(step - 1, now)).toBe(step);
    expect(nextUsableStep(step, now)).toBe(step + 1);
    expect(nextUsableStep(step + 1, now)).toBeNull();
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes that read back however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const [first] = codes;
    expect(normalizeRecoveryCode(first.toUpperCase())).toBe(first.replace("-", ""));
    expect(normalizeRecoveryCode(` ${first.replace("-", " ")} `)).toBe(first.replace("-", ""));
    expect(normalizeRecoveryCode("123456")).toBeNull();
    expect(normalizeRecoveryCode("abcde-abcd0")).toBeNull(); // 0 is not in the alphabet
  });
});
