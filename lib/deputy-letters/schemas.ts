// S2: the input of every letter action, strict and bounded. Messages are keys under "errors".
import { z } from "zod";
import { choice, id, idempotencyKey, localDateTime, longText, optionalId, text } from "../validation/fields.ts";

const times = z.preprocess(
  (v) => (Array.isArray(v) ? v : v == null || v === "" ? [] : [v]).filter((t) => t !== ""),
  z.array(localDateTime("letters.timeInvalid")).max(3, { error: "letters.tooManyTimes" }),
);

export const writeLetterSchema = z
  .strictObject({
    deputyId: id(),
    kind: choice(["MESSAGE", "MEETING"] as const, "letters.kindRequired"),
    subject: text({ min: 4, max: 100, tooShort: "titleTooShort", tooLong: "titleTooLong" }),
    body: longText({ min: 10, max: 2000, tooShort: "contentTooShort", tooLong: "letters.bodyTooLong" }),
    proposedTimes: times,
    via: choice(["web", "qr"] as const).default("web"),
    /** A fresh key per form render: a double click or a retry writes one letter (R2). */
    idempotencyKey: idempotencyKey(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "MEETING" && v.proposedTimes.length === 0)
      ctx.addIssue({ code: "custom", message: "letters.timeRequired", path: ["proposedTimes"] });
    if (v.kind === "MEETING" && v.proposedTimes.some((t) => t.getTime() <= Date.now()))
      ctx.addIssue({ code: "custom", message: "letters.timeInPast", path: ["proposedTimes"] });
  })
  // A message proposes no times, whatever the form sent.
  .transform((v) => ({ ...v, proposedTimes: v.kind === "MEETING" ? v.proposedTimes : [] }));

const letterRef = { letterId: id() };

export const replySchema = z.strictObject({
  ...letterRef,
  body: longText({ min: 2, max: 2000, tooShort: "letters.replyTooShort", tooLong: "letters.bodyTooLong" }),
});

export const meetingSchema = z.strictObject({
  ...letterRef,
  /** Which of the proposed times (its position in the list). */
  time: z.coerce.number({ error: "letters.timeRequired" }).int().min(0).max(2),
  place: text({ min: 2, max: 200, tooShort: "letters.placeRequired", tooLong: "tooLong" }),
});

export const passSchema = z.strictObject({
  ...letterRef,
  categoryId: id("categoryRequired"),
  stationId: optionalId(),
});

export const raiseSchema = z.strictObject({
  ...letterRef,
  categoryId: id("categoryRequired"),
  stationId: optionalId(),
  title: text({ min: 4, max: 100, tooShort: "titleTooShort", tooLong: "titleTooLong" }),
});

export const letterCodeSchema = z.string().regex(/^[A-Z0-9]{8}$/);
