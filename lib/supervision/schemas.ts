// S2: strict input for supervision actions. Case edits carry the version the person saw (R3).
import { z } from "zod";

const id = z.coerce.number({ error: "invalid" }).int().positive({ error: "invalid" });
const text = (min: number, max: number, tooShort: string) =>
  z.string().trim().min(min, { error: tooShort }).max(max, { error: "tooLong" });
const optionalDate = z.preprocess(
  (v) => (v === "" || v == null ? undefined : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateRequired" })
    .optional(),
);
const optionalId = z.preprocess((v) => (v === "" || v == null ? undefined : v), id.optional());
const level = z.enum(["ROUTINE", "KEY", "LEADER_LED"], { error: "supervision.levelRequired" });

export const openCaseSchema = z.strictObject({
  suggestionId: id,
  /** The item's version as shown: accepted for the shared step form, not needed to open a case. */
  version: z.coerce.number().int().positive().optional(),
  level,
  leaderId: optionalId,
  reason: text(4, 1000, "reasonRequired"),
  dueOn: optionalDate,
});

export const editCaseSchema = z.strictObject({
  caseId: id,
  version: z.coerce.number().int().positive(),
  level,
  leaderId: optionalId,
  reason: text(4, 1000, "reasonRequired"),
  dueOn: optionalDate,
});

export const closeCaseSchema = z.strictObject({
  caseId: id,
  version: z.coerce.number().int().positive(),
  note: text(4, 1000, "reasonRequired"),
});
export const reopenCaseSchema = closeCaseSchema;
export const caseNoteSchema = z.strictObject({ caseId: id, content: text(2, 2000, "contentTooShort") });

export const manualUrgeSchema = z.strictObject({
  suggestionId: id,
  version: z.coerce.number().int().positive().optional(),
  note: z.string().trim().max(500, { error: "tooLong" }).default(""),
});

export const nextCheckSchema = z.strictObject({
  suggestionId: id,
  version: z.coerce.number().int().positive().optional(),
  nextCheckOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateRequired" }),
});
