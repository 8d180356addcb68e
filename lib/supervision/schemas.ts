// S2: strict input for supervision actions. Case edits carry the version the person saw (R3).
import { z } from "zod";
import * as f from "../validation/fields.ts";

const id = f.id();
const text = (min: number, max: number, tooShort: string) => f.longText({ min, max, tooShort });
/** A deadline or check date: a real day up to 2100 (the use cases refuse days already past). */
const optionalDate = f.optionalCivilDate({ min: "2000-01-01" });
const optionalId = f.optionalId();
const level = f.choice(["ROUTINE", "KEY", "LEADER_LED"], "supervision.levelRequired");
const version = f.version();

export const openCaseSchema = z.strictObject({
  suggestionId: id,
  /** The item's version as shown: accepted for the shared step form, not needed to open a case. */
  version: version.optional(),
  level,
  leaderId: optionalId,
  reason: text(4, 1000, "reasonRequired"),
  dueOn: optionalDate,
});

export const editCaseSchema = z.strictObject({
  caseId: id,
  version,
  level,
  leaderId: optionalId,
  reason: text(4, 1000, "reasonRequired"),
  dueOn: optionalDate,
});

export const closeCaseSchema = z.strictObject({
  caseId: id,
  version,
  note: text(4, 1000, "reasonRequired"),
});
export const reopenCaseSchema = closeCaseSchema;
export const caseNoteSchema = z.strictObject({ caseId: id, content: text(2, 2000, "contentTooShort") });

export const manualUrgeSchema = z.strictObject({
  suggestionId: id,
  version: version.optional(),
  note: f.longText({ max: 500 }),
});

export const nextCheckSchema = z.strictObject({
  suggestionId: id,
  version: version.optional(),
  nextCheckOn: f.civilDate({ min: "2000-01-01" }),
});
