// S2: strict input for the committee's station administration. Messages are keys under "errors".
import { z } from "zod";
import * as f from "../validation/fields.ts";

const id = f.id();
const blankToUndefined = (v: unknown) => (v === "" || v == null ? undefined : v);
const optionalId = f.optionalId();
const text = (max: number, required: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: "tooLong" });
const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, { error: "tooLong" }).optional());
const civilDate = z.string({ error: "dateFormat" }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateFormat" });
/** The office's register number: letters, digits and - _ . only, so it survives Excel and URLs unchanged. */
export const registerCode = z
  .string({ error: "places.codeRequired" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9._-]{0,29}$/, { error: "places.codeFormat" });
const coordinate = (min: number, max: number) =>
  z.coerce
    .number({ error: "places.pointRequired" })
    .refine((n) => Number.isFinite(n) && n >= min && n <= max, { error: "places.pointRequired" });

export const stationKinds = ["HOME", "STATION", "POINT"] as const;

const stationFields = {
  code: registerCode,
  name: text(80, "places.nameRequired"),
  kind: z.enum(stationKinds, { error: "places.kindRequired" }),
  parentId: optionalId,
  regionId: f.id("places.regionRequired"),
  address: text(200, "places.addressRequired"),
  // Any number here: a point outside China (lat and lng swapped, say) gets the plausible-area message instead.
  lat: coordinate(-180, 180),
  lng: coordinate(-180, 180),
  openingHours: text(200, "places.hoursRequired"),
  contactName: optionalText(40),
  contactPhone: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[0-9+\- ()]{5,30}$/, { error: "places.phoneFormat" })
      .optional(),
  ),
  intro: optionalText(2000),
};

export const createStationSchema = z.strictObject(stationFields);
export const editStationSchema = z.strictObject({ stationId: id, ...stationFields });
export const closeStationSchema = z.strictObject({
  stationId: id,
  closedOn: civilDate,
  reason: text(500, "reasonRequired"),
});

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
export const assessmentSchema = z.strictObject({
  stationId: id,
  assessedOn: civilDate,
  assessorName: text(60, "places.assessorRequired"),
  level: z.coerce.number({ error: "places.levelRange" }).int().min(1, { error: "places.levelRange" }).max(5, {
    error: "places.levelRange",
  }),
  hasVenue: checkbox.default(false),
  hasStaff: checkbox.default(false),
  hasRules: checkbox.default(false),
  hasActivities: checkbox.default(false),
  hasFunding: checkbox.default(false),
  hasEquipment: checkbox.default(false),
  notes: optionalText(1000),
});

export const stationAdminsSchema = z.strictObject({
  stationId: id,
  userIds: z.array(id).max(50, { error: "invalid" }).default([]),
});
