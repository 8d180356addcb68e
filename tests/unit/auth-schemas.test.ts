import { describe, expect, it } from "vitest";
import { otpLoginSchema, otpRequestSchema, passwordLoginSchema } from "@/lib/auth/schemas";

describe("sign-in input (S2)", () => {
  it("accepts mainland mobile numbers only", () => {
    expect(otpRequestSchema.safeParse({ phone: "13800138000" }).success).toBe(true);
    for (const phone of ["12800138000", "1380013800", "138001380001", "+8613800138000", "1380013800a", ""]) {
      const r = otpRequestSchema.safeParse({ phone });
      expect(r.success, phone).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.message).toBe("mobileFormat");
    }
  });
  it("rejects unknown keys", () => {
    expect(otpRequestSchema.safeParse({ phone: "13800138000", role: "COMMITTEE_STAFF" }).success).toBe(false);
    expect(passwordLoginSchema.safeParse({ username: "a", password: "b", isAdmin: true }).success).toBe(false);
  });
  it("bounds lengths and requires a six-digit code", () => {
    expect(passwordLoginSchema.safeParse({ username: "u".repeat(41), password: "x" }).success).toBe(false);
    expect(passwordLoginSchema.safeParse({ username: "u", password: "x".repeat(129) }).success).toBe(false);
    expect(otpLoginSchema.safeParse({ phone: "13800138000", code: "12345" }).success).toBe(false);
    expect(otpLoginSchema.safeParse({ phone: "13800138000", code: "123456" }).success).toBe(true);
  });
});
