// S2: strict input for 民生实事项目票决 (issue 14). Messages are catalog keys under "errors" (projects.json).
import { z } from "zod";
import {
  checkbox,
  choice,
  civilDate,
  id,
  integer,
  isRealDate,
  localDateTime,
  longText,
  text,
} from "../validation/fields.ts";

const blankToUndefined = (v: unknown) => (v === "" || v == null ? undefined : v);

/** 万元 with at most two decimals, as typed ("12", "3.5"). */
export const wan = (error = "projects.costInvalid") =>
  z
    .string({ error })
    .trim()
    .regex(/^\d{1,10}(\.\d{1,2})?$/, { error });
const optionalWan = () => z.preprocess(blankToUndefined, wan().optional());

/** Satisfaction dimensions, one per line (at most 8). */
const dimensions = z
  .string({ error: "projects.dimensionsInvalid" })
  .transform((v) =>
    v
      .split(/[\n,，、]/)
      .map((d) => d.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(40, { error: "tooLong" })).max(8, { error: "projects.dimensionsInvalid" }));

export const createRoundSchema = z
  .strictObject({
    regionId: id("projects.regionRequired"),
    level: choice(["COUNTY", "TOWNSHIP"] as const),
    term: integer(1, 99, "projects.termInvalid"),
    year: integer(2000, 2100, "projects.yearInvalid"),
    title: text({ min: 4, max: 100, tooShort: "projects.titleRequired" }),
    collectFrom: civilDate(),
    collectUntil: civilDate(),
    places: integer(1, 100, "projects.placesInvalid"),
    rule: choice(["MOST_YES_HALF_PRESENT", "MOST_YES_HALF_ALL"] as const),
    dimensions: z.preprocess((v) => (v == null ? "" : v), dimensions),
  })
  .refine((r) => r.collectUntil >= r.collectFrom, { error: "projects.collectOrder", path: ["collectUntil"] });

export const roundIdSchema = z.strictObject({ roundId: id() });

export const proposeSchema = z.strictObject({
  roundId: id(),
  title: text({ min: 4, max: 60, tooShort: "projects.titleRequired" }),
  content: longText({ min: 10, max: 2000, tooShort: "projects.contentRequired" }),
  location: text({ min: 2, max: 120, tooShort: "projects.locationRequired" }),
  beneficiaries: text({ min: 2, max: 200, tooShort: "projects.beneficiariesRequired" }),
  costWan: optionalWan(),
  /** Staff proposing on behalf of a department name it. */
  unitId: z.preprocess(blankToUndefined, id().optional()),
});

export const declineSchema = z.strictObject({
  proposalId: id(),
  reason: text({ min: 4, max: 500, tooShort: "projects.reasonRequired" }),
});

export const mergeSchema = z.strictObject({ proposalId: id(), intoId: id("projects.mergeTargetRequired") });

export const candidateSchema = z.strictObject({
  roundId: id(),
  /** The proposals this candidate answers (adopted together); may be empty for a candidate staff write. */
  proposalIds: z.preprocess(
    (v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(id()).max(50, { error: "invalid" }),
  ),
  title: text({ min: 4, max: 60, tooShort: "projects.titleRequired" }),
  description: longText({ min: 10, max: 2000, tooShort: "projects.contentRequired" }),
  unitId: id("projects.unitRequired"),
  costWan: wan(),
});

export const candidateIdSchema = z.strictObject({ candidateId: id() });

export const reviewSchema = z.strictObject({
  roundId: id(),
  kind: choice(["GOVERNMENT_EXECUTIVE", "CHAIRMEN", "OTHER"] as const),
  heldOn: civilDate(),
  note: text({ max: 500 }),
});

const dateTime = localDateTime("projects.timeInvalid");

export const votingTimesSchema = z
  .strictObject({ roundId: id(), opensAt: dateTime, closesAt: dateTime })
  .refine((v) => v.closesAt > v.opensAt, { error: "projects.timeOrder", path: ["closesAt"] });

export const attendanceSchema = z.strictObject({
  roundId: id(),
  deputyIds: z.preprocess(
    (v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(id()).max(2000, { error: "invalid" }),
  ),
});

export const paperVoterSchema = z.strictObject({ roundId: id(), deputyId: id() });

export const CHOICES = ["YES", "NO", "ABSTAIN"] as const;
export type Choice = (typeof CHOICES)[number];

/** A ballot: one choice per candidate, keyed "c<candidateId>". */
export const ballotSchema = z.strictObject({
  roundId: id(),
  choices: z.record(z.string().regex(/^c\d{1,10}$/), choice(CHOICES, "projects.choiceRequired")),
});

/** The paper tallies: per candidate "y<id>", "n<id>", "a<id>" counts. */
export const paperTallySchema = z.strictObject({
  roundId: id(),
  counts: z.record(z.string().regex(/^[yna]\d{1,10}$/), integer(0, 100000, "projects.countInvalid")),
});

export const receiptSchema = z.strictObject({
  receipt: z
    .string({ error: "projects.receiptInvalid" })
    .transform((v) => v.replace(/[\s-]/g, "").toUpperCase())
    .pipe(z.string().regex(/^[23456789A-HJ-NP-Z]{16}$/, { error: "projects.receiptInvalid" })),
});

export const editCandidateSchema = z.strictObject({
  candidateId: id(),
  title: text({ min: 4, max: 60, tooShort: "projects.titleRequired" }),
  description: longText({ min: 10, max: 2000, tooShort: "projects.contentRequired" }),
});

// ── 实施与监督, 满意度测评 (docs/decisions/0072) ──

/** Milestones typed one per line: "2027-03-31 完成设计招标" (date, a space, what). */
const milestoneLines = z
  .string({ error: "delivery.milestonesInvalid" })
  .transform((v, ctx) => {
    const out: { dueOn: string; title: string }[] = [];
    for (const line of v
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)) {
      const m = /^(\d{4}-\d{2}-\d{2})\s+(.{2,100})$/.exec(line);
      if (!m || !isRealDate(m[1])) {
        ctx.addIssue({ code: "custom", message: "delivery.milestonesInvalid" });
        return z.NEVER;
      }
      out.push({ dueOn: m[1], title: m[2].trim() });
    }
    return out;
  })
  .pipe(z.array(z.object({ dueOn: z.string(), title: z.string() })).max(20, { error: "delivery.milestonesInvalid" }));

export const assignDeliverySchema = z.strictObject({
  candidateId: id(),
  unitId: id("projects.unitRequired"),
  leadOfficial: text({ min: 2, max: 40, tooShort: "delivery.leadOfficialRequired" }),
  budgetWan: wan(),
  milestones: z.preprocess((v) => (v == null ? "" : v), milestoneLines),
});

export const milestoneSchema = z.strictObject({
  candidateId: id(),
  title: text({ min: 2, max: 100, tooShort: "delivery.milestoneTitleRequired" }),
  dueOn: civilDate(),
});

export const progressSchema = z.strictObject({
  candidateId: id(),
  percent: integer(0, 100, "delivery.percentInvalid"),
  text: longText({ min: 4, max: 2000, tooShort: "delivery.progressTextRequired" }),
  /** The milestone this report completes. */
  milestoneId: z.preprocess(blankToUndefined, id().optional()),
});

export const supervisorsSchema = z.strictObject({
  candidateId: id(),
  deputyIds: z.preprocess(
    (v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(id()).max(50, { error: "invalid" }),
  ),
});

export const supervisionNoteSchema = z.strictObject({
  candidateId: id(),
  text: longText({ min: 4, max: 1000, tooShort: "delivery.noteRequired" }),
});

export const VERDICTS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"] as const;

/** A verdict on one of the round's dimensions, posted as dimension1, dimension2, … in the round's order. */
const dimensionVerdict = z.preprocess(blankToUndefined, choice(VERDICTS, "delivery.verdictRequired").optional());
export const dimensionField = (index: number) => `dimension${index + 1}` as DimensionField;

export const ratingSchema = z.strictObject({
  candidateId: id(),
  verdict: choice(VERDICTS, "delivery.verdictRequired"),
  dimension1: dimensionVerdict,
  dimension2: dimensionVerdict,
  dimension3: dimensionVerdict,
  dimension4: dimensionVerdict,
  dimension5: dimensionVerdict,
  dimension6: dimensionVerdict,
  dimension7: dimensionVerdict,
  dimension8: dimensionVerdict, // the round states at most 8 (dimensions above)
});
type DimensionField = Extract<keyof z.output<typeof ratingSchema>, `dimension${number}`>;

export { checkbox };
