// A small world for the loop's tests: a region with a station, a category, two units with staff, committee
// staff for the region, a resident, and the due-date rules and settings the loop reads.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { submitSuggestion } from "@/lib/suggestions/submit-suggestion";
import { createStaffUser } from "./users";
import { createPlace } from "./places";

let rulesReady: Promise<unknown> | undefined;

/** The defaults from domain.md, once per database. */
export function ensureDueRules() {
  rulesReady ??= db.dueDateRule.createMany({
    skipDuplicates: true,
    data: [
      { stage: "RESPOND", kind: "OPINION", amount: 3, unit: "WORKING_DAYS" },
      { stage: "CLOSE", kind: "OPINION", amount: 15, unit: "WORKING_DAYS" },
      { stage: "REPLY", kind: "DEPUTY_SUGGESTION", amount: 3, unit: "MONTHS" },
      { stage: "EXTENDED_REPLY", kind: "DEPUTY_SUGGESTION", amount: 6, unit: "MONTHS" },
      { stage: "EXTENDED_REPLY", kind: "OPINION", amount: 2, unit: "MONTHS" },
      { stage: "CO_OPINION", amount: 1, unit: "MONTHS" },
      { stage: "RETURN", amount: 7, unit: "WORKING_DAYS" },
      { stage: "REHANDLE", amount: 1, unit: "MONTHS" },
      { stage: "RATE", amount: 15, unit: "CALENDAR_DAYS" },
    ],
  });
  return rulesReady;
}

export const actorOf = (
  u: { id: number; role: Actor["role"]; unitId?: number | null },
  over: Partial<Actor> = {},
): Actor => ({
  id: u.id,
  role: u.role,
  regionPath: null,
  unitId: u.unitId ?? null,
  deputyId: null,
  stationIds: [],
  ...over,
});

export async function createLoopWorld() {
  await ensureDueRules();
  const { region, category, station } = await createPlace();
  const [lead, co] = await Promise.all(
    ["主办局", "协办局"].map((name) =>
      db.handlingUnit.create({ data: { name: `${name}${randomUUID().slice(0, 6)}`, regionId: region.id } }),
    ),
  );
  const leadUser = await createStaffUser("UNIT_STAFF", { unitId: lead.id });
  const coUser = await createStaffUser("UNIT_STAFF", { unitId: co.id });
  const staffUser = await createStaffUser("COMMITTEE_STAFF", { regionId: region.id });
  const residentUser = await createStaffUser("RESIDENT");
  return {
    region,
    category,
    station,
    leadUnit: lead,
    coUnit: co,
    staff: actorOf(staffUser, { regionPath: region.path }),
    leadStaff: actorOf(leadUser),
    coStaff: actorOf(coUser),
    resident: actorOf(residentUser),
  };
}

export type LoopWorld = Awaited<ReturnType<typeof createLoopWorld>>;

export async function submitAs(world: LoopWorld, title = "小区门口路灯不亮", opts: { confidential?: boolean } = {}) {
  const r = await submitSuggestion(
    world.resident,
    {
      title,
      content: "东门两盏路灯坏了一个多月，晚上很黑。",
      categoryId: world.category.id,
      stationId: world.station.id,
      confidential: opts.confidential ? "on" : "",
      via: "web",
      idempotencyKey: randomUUID(),
    },
    [],
    { ip: null, userAgent: null },
  );
  return r.id;
}

/** The current version, as a page would have shown it. */
export async function versionOf(id: number) {
  return (await db.suggestion.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}
