// S2: the input of every duty-activity step, strict and bounded. Messages are keys under "errors".
import { z } from "zod";
import * as f from "../validation/fields.ts";
import { ACTIVITY_KINDS } from "./kinds.ts";

const ids = z.preprocess(
  (v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : String(v).split(",").filter(Boolean)),
  z.array(f.id()).max(100, { error: "invalid" }),
);

export const createActivitySchema = z
  .strictObject({
    kind: f.choice(ACTIVITY_KINDS, "activities.kindRequired"),
    stationId: f.optionalId(),
    startsAt: f.localDateTime("activities.timeInvalid"),
    endsAt: f.localDateTime("activities.timeInvalid"),
    place: f.text({ min: 2, max: 120, tooShort: "activities.placeRequired" }),
    theme: f.text({ min: 2, max: 120, tooShort: "activities.themeRequired" }),
    deputyIds: ids,
    ratingDays: z.preprocess(
      (v) => (v === "" || v == null ? undefined : v),
      f.integer(1, 60, "activities.ratingDaysRange").optional(),
    ),
  })
  .refine((v) => v.endsAt > v.startsAt, { error: "activities.timeOrder", path: ["endsAt"] })
  .refine((v) => v.deputyIds.length > 0, { error: "activities.deputiesRequired", path: ["deputyIds"] });

export const activityRef = { activityId: f.id() };

export const attendanceSchema = z.strictObject({ ...activityRef, attendedDeputyIds: ids });

export const reportSchema = z.strictObject({
  ...activityRef,
  report: f.longText({ min: 4, max: 8000, tooShort: "activities.reportRequired" }),
});

export const addIssueSchema = z.strictObject({
  ...activityRef,
  text: f.longText({ min: 4, max: 2000, tooShort: "activities.issueRequired" }),
});

export const raiseIssueSchema = z.strictObject({
  issueId: f.id(),
  title: f.text({ min: 4, max: 100, tooShort: "titleTooShort", tooLong: "titleTooLong" }),
  categoryId: f.id("categoryRequired"),
  deputyId: f.id("deputyRequired"),
});

export const photosSchema = z.strictObject(activityRef);

export const rateSchema = z.strictObject({
  ...activityRef,
  result: f.choice(["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"] as const, "activities.ratingRequired"),
});
