// S2: strict input schemas for the sign-in forms. Messages are catalog keys under "errors".
import { z } from "zod";

export const MOBILE_RE = /^1[3-9]\d{9}$/;

export const mobileSchema = z.string().trim().regex(MOBILE_RE, { error: "mobileFormat" });

export const passwordLoginSchema = z.strictObject({
  username: z.string().trim().min(1, { error: "usernameRequired" }).max(40, { error: "tooLong" }),
  password: z.string().min(1, { error: "passwordRequired" }).max(128, { error: "tooLong" }),
});

export const otpRequestSchema = z.strictObject({ phone: mobileSchema });

export const otpLoginSchema = z.strictObject({
  phone: mobileSchema,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: "otpFormat" }),
});
