// S2: strict input for the loop's actions. Every action names the item and the version the person saw, so a
// change made by someone else in between is refused as stale instead of overwritten (R3).
import { z } from "zod";
import * as f from "../validation/fields.ts";

const id = f.id();
const text = (min: number, max: number, tooShort = "reasonRequired") => f.longText({ min, max, tooShort });
const optionalText = (max: number) => f.longText({ max });
/** Dates a unit or staff member enters about the work: from 2000 (the portal holds nothing older) to 2100. */
const workDate = () => f.civilDate({ min: "2000-01-01" });

export const itemRef = { suggestionId: id, version: f.version() };

export const acceptSchema = z.strictObject({ ...itemRef });
export const declineSchema = z.strictObject({
  ...itemRef,
  reason: text(4, 1000),
  referral: optionalText(300),
});
export const mergeSchema = z.strictObject({
  ...itemRef,
  targetCode: f.code(/^[A-Z0-9]{8}$/, "trackingCodeFormat"),
});
export const assignSchema = z.strictObject({
  ...itemRef,
  leadUnitId: f.id("leadUnitRequired"),
  coUnitIds: z.array(id, { error: "invalid" }).max(5, { error: "tooManyCoUnits" }).default([]),
});
export const reasonSchema = z.strictObject({ ...itemRef, reason: text(4, 1000) });
export const contactSchema = z.strictObject({
  ...itemRef,
  method: f.choice(["FACE_TO_FACE", "PHONE", "OTHER"], "contactMethodRequired"),
  // Not in the future and not before the item was raised: checked against the item in recordContact.
  occurredOn: workDate(),
  content: text(4, 4000, "contactContentRequired"),
});
export const progressSchema = z.strictObject({ ...itemRef, content: text(4, 4000, "contentTooShort") });
export const coOpinionSchema = z.strictObject({ ...itemRef, opinion: text(4, 4000, "contentTooShort") });
export const replySchema = z.strictObject({
  ...itemRef,
  classification: f.choice(["A", "B", "C", "D"], "replyClassRequired"),
  content: text(10, 8000, "contentTooShort"),
  // An empty date field means "none" (only B and C need one; reply.ts checks that).
  nextCheckOn: f.optionalCivilDate({ min: "2000-01-01" }),
});
export const extensionSchema = z.strictObject({
  ...itemRef,
  until: workDate(),
  reason: text(4, 1000),
});
export const decideExtensionSchema = z.strictObject({ ...itemRef, requestId: id, approve: f.choice(["yes", "no"]) });
export const decideReturnSchema = z.strictObject({
  ...itemRef,
  requestId: id,
  approve: f.choice(["yes", "no"]),
  note: optionalText(1000),
});
export const messageSchema = z.strictObject({ ...itemRef, body: text(4, 2000, "contentTooShort") });
/** A unit asks the proposer of a 保密 item to call back: the number to call, and when it is answered. */
export const callBackSchema = z.strictObject({
  ...itemRef,
  phone: z
    .string({ error: "callBackPhone" })
    .trim()
    .regex(/^[0-9+\- ()]{5,30}$/, { error: "callBackPhone" }),
  when: optionalText(100),
});
export const relaySchema = z.strictObject({
  ...itemRef,
  messageId: id,
  decision: f.choice(["relay", "withhold"]),
  // Staff may reword a message before passing it on (to keep identities out); empty means "as written".
  text: optionalText(2000),
  note: optionalText(500),
});
export const evaluateSchema = z.strictObject({
  ...itemRef,
  result: f.choice(["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"], "evaluationRequired"),
  comment: optionalText(1000),
});
/** 回访: a rating the proposer gave staff by phone; who called, when and what was said are all required. */
export const callbackSchema = z.strictObject({
  ...itemRef,
  result: f.choice(["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"], "evaluationRequired"),
  callerName: f.text({ min: 1, max: 40, tooShort: "callback.callerRequired" }),
  calledAt: f.localDateTime("callback.timeInvalid"),
  callNote: text(4, 1000, "callback.noteRequired"),
});
