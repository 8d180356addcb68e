// S2: strict input schemas for the sign-in forms. Messages are catalog keys under "errors".
import { z } from "zod";
import { MOBILE_RE, mobile, text } from "../validation/fields.ts";

export { MOBILE_RE };

export const mobileSchema = mobile();

export const passwordLoginSchema = z.strictObject({
  username: text({ min: 1, max: 40, tooShort: "usernameRequired" }),
  // A password is compared, never stored or shown: taken exactly as typed.
  password: z
    .string({ error: "passwordRequired" })
    .min(1, { error: "passwordRequired" })
    .max(128, { error: "tooLong" }),
});

export const otpRequestSchema = z.strictObject({ phone: mobileSchema });

export const otpLoginSchema = z.strictObject({
  phone: mobileSchema,
  code: z
    .string({ error: "otpFormat" })
    .trim()
    .regex(/^\d{6}$/, { error: "otpFormat" }),
});
