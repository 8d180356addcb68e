// Who reaches a duty activity (S1): staff for activities in their region's subtree, a station admin for those of
// their own stations. The role is checked first (refusal "forbidden"), then the activity's place (refusal "not
// found", so an activity elsewhere looks like one that does not exist). Both are audited.
import { requireRole, requireScope } from "../auth/authorize-in-region.ts";
import { scopeRule, type Actor, type Scope } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export const activitySelect = {
  id: true,
  kind: true,
  regionId: true,
  stationId: true,
  startsAt: true,
  endsAt: true,
  place: true,
  theme: true,
  report: true,
  ratingClosesAt: true,
  region: { select: { path: true } },
  deputies: { orderBy: { deputyId: "asc" }, select: { deputyId: true, attended: true } },
} as const satisfies Prisma.DutyActivitySelect;

export const activityScope = (a: { stationId: number | null; region: { path: string } }): Scope => ({
  stationId: a.stationId,
  regionPath: a.region.path,
});

export async function loadActivityFor(actor: Actor, activityId: number, client?: ClientInfo) {
  const target = { type: "DutyActivity", id: activityId };
  await requireRole(actor, "activity.manage", target, client);
  const a = await db.dutyActivity.findUnique({ where: { id: activityId }, select: activitySelect });
  await requireScope(actor, "activity.manage", a ? activityScope(a) : null, target, client);
  if (!a) throw notFound();
  return a;
}

export type LoadedActivity = Awaited<ReturnType<typeof loadActivityFor>>;

/** The activities the actor manages, as a where clause (null: none). */
export function managedActivitiesWhere(actor: Actor): Prisma.DutyActivityWhereInput | null {
  const rule = scopeRule(actor, "activity.manage");
  if (rule === "station") return { stationId: { in: [...actor.stationIds] } };
  if (rule === "region" && actor.regionPath) return { region: { path: { startsWith: actor.regionPath } } };
  return null;
}

/** Deputies who may take part in an activity the actor records: a station admin's deputies are those of their
 *  stations; staff reach every deputy elected in, or sitting at a station in, their region. */
export function eligibleDeputiesWhere(actor: Actor): Prisma.DeputyWhereInput | null {
  const rule = scopeRule(actor, "activity.manage");
  if (rule === "station") return { active: true, stations: { some: { stationId: { in: [...actor.stationIds] } } } };
  if (rule === "region" && actor.regionPath) {
    const inRegion = { path: { startsWith: actor.regionPath } };
    return {
      active: true,
      OR: [{ mandates: { some: { region: inRegion } } }, { stations: { some: { station: { region: inRegion } } } }],
    };
  }
  return null;
}
