// S2: strict input for the committee's handling-unit register. Messages are keys under "errors".
import { z } from "zod";
import { registerCode } from "../stations/schemas.ts";
import * as f from "../validation/fields.ts";

const id = f.id();
const blankToUndefined = (v: unknown) => (v === "" || v == null ? undefined : v);

const unitFields = {
  code: registerCode,
  name: z
    .string({ error: "places.nameRequired" })
    .trim()
    .min(1, { error: "places.nameRequired" })
    .max(80, { error: "tooLong" }),
  shortName: z.preprocess(blankToUndefined, z.string().trim().max(30, { error: "tooLong" }).optional()),
  regionId: f.id("places.regionRequired"),
  contact: z.preprocess(blankToUndefined, z.string().trim().max(60, { error: "tooLong" }).optional()),
  contactPhone: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[0-9+\- ()]{5,30}$/, { error: "places.phoneFormat" })
      .optional(),
  ),
};

export const createUnitSchema = z.strictObject(unitFields);
export const editUnitSchema = z.strictObject({ unitId: id, ...unitFields });
export const unitActiveSchema = z.strictObject({ unitId: id, active: z.enum(["true", "false"]) });
