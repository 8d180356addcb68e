// S2: the input of every reception action, strict and bounded. Messages are keys under "errors".
import { z } from "zod";
import * as f from "../validation/fields.ts";

export const id = f.id();
const optionalText = (max: number) => f.text({ max });
const ids = z.preprocess(
  (v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : String(v).split(",").filter(Boolean)),
  z.array(id).max(20, { error: "invalid" }),
);
const checkbox = f.checkbox();
const time = z.string({ error: "timeFormat" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "timeFormat" });
/** A reception day: a real date from 2000 to 2100 (the use cases refuse days already past). */
const civilDate = f.civilDate({ error: "dateFormat", min: "2000-01-01" });
export const bookingCode = f.code(/^[A-Z0-9]{8}$/, "bookingCodeFormat");

export const bookSchema = z.strictObject({
  sessionId: id,
  topic: f.text({ min: 2, max: 200, tooShort: "topicTooShort" }),
  /** Join the waitlist when the session is full (otherwise a full session is refused). */
  waitlist: checkbox.default(false),
  idempotencyKey: f.idempotencyKey(),
});

export const bookingRefSchema = z.strictObject({ code: bookingCode });

export const checkInSchema = z.strictObject({ sessionId: id, code: bookingCode });
export const noShowSchema = z.strictObject({ sessionId: id, bookingId: id });

export const createSessionSchema = z.strictObject({
  stationId: id,
  date: civilDate,
  startTime: time,
  endTime: time,
  theme: f.text({ min: 2, max: 120, tooShort: "themeTooShort" }),
  audience: optionalText(120),
  capacity: f.integer(1, 200, "capacityRange"),
  deputyIds: ids,
  ruleException: f.longText({ max: 500 }),
  publish: checkbox.default(false),
});

export const sessionRefSchema = z.strictObject({ sessionId: id });

export const generateRotaSchema = z.strictObject({
  stationId: id,
  month: z.string({ error: "monthFormat" }).regex(/^(20\d{2}|2100)-(0[1-9]|1[0-2])$/, { error: "monthFormat" }),
  /** Public reception days of the month, e.g. "15" or "5,20". */
  days: z
    .string({ error: "daysFormat" })
    .trim()
    .regex(/^\d{1,2}(,\d{1,2}){0,3}$/, { error: "daysFormat" })
    .transform((s) => [...new Set(s.split(",").map(Number))].sort((a, b) => a - b))
    .refine((d) => d.every((n) => n >= 1 && n <= 28), { error: "daysFormat" }),
  startTime: time,
  durationMinutes: f.integer(30, 480),
  capacity: f.integer(1, 200, "capacityRange"),
  theme: f.text({ min: 2, max: 120, tooShort: "themeTooShort" }),
});

export const addVisitSchema = z
  .strictObject({
    sessionId: id,
    bookingCode: z.preprocess((v) => (v === "" || v == null ? undefined : v), bookingCode.optional()),
    visitorName: optionalText(40),
    raised: f.longText({ min: 4, max: 2000, tooShort: "raisedTooShort" }),
    answeredOnSpot: f.longText({ max: 2000 }),
  })
  .refine((v) => v.bookingCode != null || v.visitorName !== "", { error: "visitorRequired", path: ["visitorName"] });

export const raiseVisitSchema = z.strictObject({
  visitId: id,
  title: f.text({ min: 4, max: 100, tooShort: "titleTooShort", tooLong: "titleTooLong" }),
  categoryId: f.id("categoryRequired"),
});

export const closeSessionSchema = z.strictObject({
  sessionId: id,
  summary: f.longText({ min: 4, max: 4000, tooShort: "summaryTooShort" }),
  attendedDeputyIds: ids,
});

/** One rule of the duty-points rubric: how many points it gives from now on, and whether it gives any. */
export const dutyRuleSchema = z.strictObject({
  ruleId: id,
  points: f.integer(0, 100, "pointsRange"),
  active: f.choice(["yes", "no"]),
});

export const cancelSessionSchema = z.strictObject({
  sessionId: id,
  reason: f.longText({ min: 4, max: 500, tooShort: "reasonRequired" }),
});
