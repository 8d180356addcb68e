// S2: the input of every reception action, strict and bounded. Messages are keys under "errors".
import { z } from "zod";

export const id = z.coerce.number({ error: "invalid" }).int().positive({ error: "invalid" });
const optionalText = (max: number) => z.string().trim().max(max, { error: "tooLong" }).optional().default("");
const ids = z.preprocess(
  (v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : String(v).split(",").filter(Boolean)),
  z.array(id).max(20, { error: "invalid" }),
);
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "timeFormat" });
const civilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateFormat" });
export const bookingCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{8}$/, { error: "bookingCodeFormat" });

export const bookSchema = z.strictObject({
  sessionId: id,
  topic: z.string().trim().min(2, { error: "topicTooShort" }).max(200, { error: "tooLong" }),
  /** Join the waitlist when the session is full (otherwise a full session is refused). */
  waitlist: checkbox.default(false),
  idempotencyKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, { error: "invalid" }),
});

export const bookingRefSchema = z.strictObject({ code: bookingCode });

export const checkInSchema = z.strictObject({ sessionId: id, code: bookingCode });
export const noShowSchema = z.strictObject({ sessionId: id, bookingId: id });

export const createSessionSchema = z.strictObject({
  stationId: id,
  date: civilDate,
  startTime: time,
  endTime: time,
  theme: z.string().trim().min(2, { error: "themeTooShort" }).max(120, { error: "tooLong" }),
  audience: optionalText(120),
  capacity: z.coerce
    .number({ error: "capacityRange" })
    .int()
    .min(1, { error: "capacityRange" })
    .max(200, { error: "capacityRange" }),
  deputyIds: ids,
  ruleException: optionalText(500),
  publish: checkbox.default(false),
});

export const sessionRefSchema = z.strictObject({ sessionId: id });

export const generateRotaSchema = z.strictObject({
  stationId: id,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "monthFormat" }),
  /** Public reception days of the month, e.g. "15" or "5,20". */
  days: z
    .string()
    .trim()
    .regex(/^\d{1,2}(,\d{1,2}){0,3}$/, { error: "daysFormat" })
    .transform((s) => [...new Set(s.split(",").map(Number))].sort((a, b) => a - b))
    .refine((d) => d.every((n) => n >= 1 && n <= 28), { error: "daysFormat" }),
  startTime: time,
  durationMinutes: z.coerce
    .number({ error: "invalid" })
    .int()
    .min(30, { error: "invalid" })
    .max(480, { error: "invalid" }),
  capacity: z.coerce
    .number({ error: "capacityRange" })
    .int()
    .min(1, { error: "capacityRange" })
    .max(200, { error: "capacityRange" }),
  theme: z.string().trim().min(2, { error: "themeTooShort" }).max(120, { error: "tooLong" }),
});

export const addVisitSchema = z
  .strictObject({
    sessionId: id,
    bookingCode: z.preprocess((v) => (v === "" || v == null ? undefined : v), bookingCode.optional()),
    visitorName: optionalText(40),
    raised: z.string().trim().min(4, { error: "raisedTooShort" }).max(2000, { error: "tooLong" }),
    answeredOnSpot: optionalText(2000),
  })
  .refine((v) => v.bookingCode != null || v.visitorName !== "", { error: "visitorRequired", path: ["visitorName"] });

export const raiseVisitSchema = z.strictObject({
  visitId: id,
  title: z.string().trim().min(4, { error: "titleTooShort" }).max(100, { error: "titleTooLong" }),
  categoryId: z.coerce.number({ error: "categoryRequired" }).int().positive({ error: "categoryRequired" }),
});

export const closeSessionSchema = z.strictObject({
  sessionId: id,
  summary: z.string().trim().min(4, { error: "summaryTooShort" }).max(4000, { error: "tooLong" }),
  attendedDeputyIds: ids,
});

/** One rule of the duty-points rubric: how many points it gives from now on, and whether it gives any. */
export const dutyRuleSchema = z.strictObject({
  ruleId: id,
  points: z.coerce
    .number({ error: "pointsRange" })
    .int({ error: "pointsRange" })
    .min(0, { error: "pointsRange" })
    .max(100, { error: "pointsRange" }),
  active: z.enum(["yes", "no"]),
});

export const cancelSessionSchema = z.strictObject({
  sessionId: id,
  reason: z.string().trim().min(4, { error: "reasonRequired" }).max(500, { error: "tooLong" }),
});
