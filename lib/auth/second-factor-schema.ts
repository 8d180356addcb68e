// What the second-factor forms accept: a 6-digit code from the authenticator, or (when verifying) a recovery code.
import { z } from "zod";

export const secondFactorSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, { error: "secondFactorRequired" })
    .max(20, { error: "secondFactorFormat" })
    .transform((c) => c.replace(/\s/g, "")),
});

export const enrolmentCodeSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, { error: "secondFactorRequired" })
    .max(20, { error: "totpFormat" })
    .transform((c) => c.replace(/\s/g, ""))
    .refine((c) => /^\d{6}$/.test(c), { error: "totpFormat" }),
});
