// 述职 ratings counted per activity: what the deputy's archive, the public page and the activity's page show.
import { db } from "../db.ts";

export type RatingCounts = { SATISFIED: number; BASICALLY_SATISFIED: number; UNSATISFIED: number };

export async function ratingCounts(activityIds: readonly number[]): Promise<Map<number, RatingCounts>> {
  const out = new Map<number, RatingCounts>();
  if (!activityIds.length) return out;
  const rows = await db.voterReportRating.groupBy({
    by: ["activityId", "result"],
    where: { activityId: { in: [...activityIds] } },
    _count: { _all: true },
  });
  for (const id of activityIds) out.set(id, { SATISFIED: 0, BASICALLY_SATISFIED: 0, UNSATISFIED: 0 });
  for (const r of rows) out.get(r.activityId)![r.result] = r._count._all;
  return out;
}

/** The ratings of every 述职 a deputy attended, added up. */
export async function deputyReportRatings(deputyId: number) {
  const reports = await db.dutyActivity.findMany({
    where: { kind: "REPORT_TO_VOTERS", deputies: { some: { deputyId, attended: true } } },
    orderBy: { startsAt: "desc" },
    take: 50,
    select: { id: true, theme: true, startsAt: true, ratingClosesAt: true },
  });
  const counts = await ratingCounts(reports.map((r) => r.id));
  return reports.map((r) => ({ ...r, counts: counts.get(r.id)! }));
}
