// 晾晒: what a deputy's public page shows of their duty. Only published points (a quarter staff have published,
// lib/deputies/publish-points.ts) and the deputy's duty list: activities and receptions they attended, and the
// residents' ratings of their 述职. Nothing private: no resident, no issue text.
import { db } from "../db.ts";
import { deputyReportRatings } from "./rating-counts.ts";

export type PublishedQuarter = { year: number; quarter: number; points: number };

export async function publishedQuarterPoints(deputyId: number, take = 8): Promise<PublishedQuarter[]> {
  return db.$queryRaw<PublishedQuarter[]>`
    SELECT extract(year FROM "occurredAt" AT TIME ZONE 'Asia/Shanghai')::int AS year,
           extract(quarter FROM "occurredAt" AT TIME ZONE 'Asia/Shanghai')::int AS quarter,
           sum("points")::int AS points
    FROM "DutyPointEntry"
    WHERE "deputyId" = ${deputyId} AND "publishedAt" IS NOT NULL
    GROUP BY 1, 2
    ORDER BY 1 DESC, 2 DESC
    LIMIT ${take}`;
}

export type DutyListItem =
  | { type: "activity"; id: number; kind: string; theme: string; at: Date; place: string }
  | { type: "reception"; id: number; theme: string; at: Date; place: string };

export async function publicDutyList(deputyId: number, now = new Date(), take = 20): Promise<DutyListItem[]> {
  const [activities, sessions] = await Promise.all([
    db.dutyActivity.findMany({
      where: { startsAt: { lte: now }, deputies: { some: { deputyId, attended: true } } },
      orderBy: { startsAt: "desc" },
      take,
      select: { id: true, kind: true, theme: true, startsAt: true, place: true },
    }),
    db.receptionSession.findMany({
      where: { status: "HELD", deputies: { some: { deputyId, attended: true } } },
      orderBy: { startsAt: "desc" },
      take,
      select: { id: true, theme: true, startsAt: true, station: { select: { name: true } } },
    }),
  ]);
  const items: DutyListItem[] = [
    ...activities.map((a) => ({
      type: "activity" as const,
      id: a.id,
      kind: a.kind,
      theme: a.theme,
      at: a.startsAt,
      place: a.place,
    })),
    ...sessions.map((s) => ({
      type: "reception" as const,
      id: s.id,
      theme: s.theme,
      at: s.startsAt,
      place: s.station.name,
    })),
  ];
  return items.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, take);
}

export async function publicDutyRecord(deputyId: number, now = new Date()) {
  const [quarters, duties, reports] = await Promise.all([
    publishedQuarterPoints(deputyId),
    publicDutyList(deputyId, now),
    deputyReportRatings(deputyId),
  ]);
  return { quarters, duties, reports };
}
