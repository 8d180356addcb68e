// Reads of duty activities for those who manage them (staff, station admins): the list, one activity's page, and
// the choices of the form. Scope as in access.ts.
import type { Actor } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { managedStationOptions } from "../reception/queries.ts";
import { eligibleDeputiesWhere, loadActivityFor, managedActivitiesWhere } from "./access.ts";
import { ratingCounts } from "./rating-counts.ts";

export async function listActivities(actor: Actor, take = 100) {
  const where = managedActivitiesWhere(actor);
  if (!where) return [];
  return db.dutyActivity.findMany({
    where,
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      kind: true,
      theme: true,
      place: true,
      startsAt: true,
      station: { select: { name: true } },
      deputies: { select: { attended: true, deputy: { select: { name: true } } } },
      _count: { select: { issues: true } },
    },
  });
}

export async function activityFormOptions(actor: Actor) {
  const where = eligibleDeputiesWhere(actor);
  const [stations, deputies] = await Promise.all([
    managedStationOptions(actor),
    where
      ? db.deputy.findMany({ where, orderBy: { id: "asc" }, take: 300, select: { id: true, name: true } })
      : Promise.resolve([]),
  ]);
  return { stations: stations.map((s) => ({ id: s.id, name: s.name })), deputies };
}

/** One activity for its page; out of scope is "not found" (audited in loadActivityFor). */
export async function getActivity(actor: Actor, id: number) {
  await loadActivityFor(actor, id);
  const a = await db.dutyActivity.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      kind: true,
      theme: true,
      place: true,
      startsAt: true,
      endsAt: true,
      report: true,
      ratingClosesAt: true,
      station: { select: { id: true, name: true } },
      region: { select: { name: true } },
      deputies: {
        orderBy: { deputyId: "asc" },
        select: { attended: true, deputy: { select: { id: true, name: true } } },
      },
      issues: {
        orderBy: { id: "asc" },
        select: { id: true, text: true, suggestion: { select: { id: true, trackingCode: true, title: true } } },
      },
      photos: { orderBy: { id: "asc" }, select: { id: true } },
    },
  });
  const ratings = a.kind === "REPORT_TO_VOTERS" ? (await ratingCounts([a.id])).get(a.id) : undefined;
  return { ...a, ratings };
}
