// The duty archive's part about activities beyond receptions (lib/deputies/duty-archive.ts): how many of each kind
// the deputy attended in the term, and the residents' ratings of their 述职.
import { db } from "../db.ts";
import type { DutyActivityKind } from "../generated/prisma/enums.ts";
import { ratingCounts, type RatingCounts } from "./rating-counts.ts";

export type ArchiveActivities = {
  attended: number;
  byKind: { kind: DutyActivityKind; count: number }[];
  reports: { id: number; theme: string; startsAt: Date; counts: RatingCounts }[];
};

export async function archiveActivities(
  deputyId: number,
  period: { gte?: Date; lte?: Date },
): Promise<ArchiveActivities> {
  const rows = await db.dutyActivity.findMany({
    where: { startsAt: period, deputies: { some: { deputyId, attended: true } } },
    orderBy: { startsAt: "desc" },
    take: 500,
    select: { id: true, kind: true, theme: true, startsAt: true },
  });
  const byKind = new Map<DutyActivityKind, number>();
  for (const r of rows) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  const reports = rows.filter((r) => r.kind === "REPORT_TO_VOTERS");
  const counts = await ratingCounts(reports.map((r) => r.id));
  return {
    attended: rows.length,
    byKind: [...byKind].map(([kind, count]) => ({ kind, count })),
    reports: reports.map((r) => ({ id: r.id, theme: r.theme, startsAt: r.startsAt, counts: counts.get(r.id)! })),
  };
}
