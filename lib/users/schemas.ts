// S2: strict input for the account use cases. Messages are catalog keys under "errors" (lib/i18n/messages/*/users.json).
import { z } from "zod";
import { MOBILE_RE } from "../auth/schemas.ts";
import * as f from "../validation/fields.ts";

/** Every role but residents: residents sign themselves up with a phone code and are not managed here. */
export const STAFF_ROLES = [
  "COMMITTEE_STAFF",
  "LEADER",
  "STATION_ADMIN",
  "UNIT_STAFF",
  "DEPUTY",
  "SYSTEM_ADMIN",
  "AUDITOR",
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const id = f.id("users.idInvalid");
const optionalId = f.optionalId("users.idInvalid");

/** Stations arrive as a comma-separated list of ids (one hidden input from the picker) or as an array. */
const stationIds = z
  .preprocess(
    (v) => {
      if (v === undefined) return [];
      const list = Array.isArray(v) ? v.map(String) : typeof v === "string" && v.length <= 2000 ? v.split(",") : v;
      return Array.isArray(list) ? list.filter((s) => s !== "") : list;
    },
    z.array(id, { error: "users.tooManyStations" }).max(50, { error: "users.tooManyStations" }),
  )
  .transform((ids) => [...new Set(ids)]);

const scopeFields = {
  role: z.enum(STAFF_ROLES, { error: "users.roleRequired" }),
  regionId: optionalId,
  unitId: optionalId,
  deputyId: optionalId,
  stationIds,
};

const name = z.string().trim().min(1, { error: "users.nameRequired" }).max(60, { error: "users.nameTooLong" });
const phone = z
  .string()
  .trim()
  .max(20, { error: "mobileFormat" })
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.string().regex(MOBILE_RE, { error: "mobileFormat" }).optional());
const sendSms = z
  .union([z.literal("on"), z.literal("1"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "1");

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "usernameRequired" })
  .max(40, { error: "users.usernameFormat" })
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, { error: "users.usernameFormat" });

export const createAccountSchema = z.strictObject({
  username: usernameSchema,
  name,
  phone,
  sendSms,
  ...scopeFields,
});
export type CreateAccountInput = z.output<typeof createAccountSchema>;

export const changeAccountSchema = z.strictObject({
  userId: id,
  name,
  phone,
  ...scopeFields,
});
export type ChangeAccountInput = z.output<typeof changeAccountSchema>;

export const targetSchema = z.strictObject({ userId: id });
export const resetPasswordSchema = z.strictObject({ userId: id, sendSms });
