// S2: strict input for the loop's actions. Every action names the item and the version the person saw, so a
// change made by someone else in between is refused as stale instead of overwritten (R3).
import { z } from "zod";

const id = z.coerce.number({ error: "invalid" }).int().positive({ error: "invalid" });
const text = (min: number, max: number, tooShort = "reasonRequired") =>
  z.string().trim().min(min, { error: tooShort }).max(max, { error: "tooLong" });

export const itemRef = { suggestionId: id, version: z.coerce.number().int().positive() };

export const acceptSchema = z.strictObject({ ...itemRef });
export const declineSchema = z.strictObject({
  ...itemRef,
  reason: text(4, 1000),
  referral: z.string().trim().max(300, { error: "tooLong" }).default(""),
});
export const mergeSchema = z.strictObject({
  ...itemRef,
  targetCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{8}$/, { error: "trackingCodeFormat" }),
});
export const assignSchema = z.strictObject({
  ...itemRef,
  leadUnitId: z.coerce.number({ error: "leadUnitRequired" }).int().positive({ error: "leadUnitRequired" }),
  coUnitIds: z.array(id).max(5, { error: "tooManyCoUnits" }).default([]),
});
export const reasonSchema = z.strictObject({ ...itemRef, reason: text(4, 1000) });
export const contactSchema = z.strictObject({
  ...itemRef,
  method: z.enum(["FACE_TO_FACE", "PHONE", "OTHER"], { error: "contactMethodRequired" }),
  occurredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateRequired" }),
  content: text(4, 4000, "contactContentRequired"),
});
export const progressSchema = z.strictObject({ ...itemRef, content: text(4, 4000, "contentTooShort") });
export const coOpinionSchema = z.strictObject({ ...itemRef, opinion: text(4, 4000, "contentTooShort") });
export const replySchema = z.strictObject({
  ...itemRef,
  classification: z.enum(["A", "B", "C", "D"], { error: "replyClassRequired" }),
  content: text(10, 8000, "contentTooShort"),
  // An empty date field means "none" (only B and C need one; reply.ts checks that).
  nextCheckOn: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateRequired" })
      .optional(),
  ),
});
export const extensionSchema = z.strictObject({
  ...itemRef,
  until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateRequired" }),
  reason: text(4, 1000),
});
export const decideExtensionSchema = z.strictObject({ ...itemRef, requestId: id, approve: z.enum(["yes", "no"]) });
export const decideReturnSchema = z.strictObject({
  ...itemRef,
  requestId: id,
  approve: z.enum(["yes", "no"]),
  note: z.string().trim().max(1000, { error: "tooLong" }).default(""),
});
export const messageSchema = z.strictObject({ ...itemRef, body: text(4, 2000, "contentTooShort") });
export const relaySchema = z.strictObject({
  ...itemRef,
  messageId: id,
  decision: z.enum(["relay", "withhold"]),
  // Staff may reword a message before passing it on (to keep identities out); empty means "as written".
  text: z.string().trim().max(2000, { error: "tooLong" }).default(""),
  note: z.string().trim().max(500, { error: "tooLong" }).default(""),
});
export const evaluateSchema = z.strictObject({
  ...itemRef,
  result: z.enum(["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"], { error: "evaluationRequired" }),
  comment: z.string().trim().max(1000, { error: "tooLong" }).default(""),
});
