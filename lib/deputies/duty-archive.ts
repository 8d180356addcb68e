// 履职档案: what a deputy did in one term — receptions attended, residents met there, suggestions raised and how
// they ended, and duty points. Staff read any deputy of their region (every point, published or not); a deputy reads
// their own, and like the public sees only the points staff have published (quarterly).
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { endOfShanghaiDay, fromDbDate, shanghaiDateOf, startOfShanghaiDay } from "../calendar/civil-date.ts";
import type { DeputyLevel, ReplyClass } from "../generated/prisma/enums.ts";
import { archiveActivities, type ArchiveActivities } from "../activities/archive-part.ts";

export type ArchiveMandate = {
  id: number;
  level: DeputyLevel;
  term: number;
  regionName: string;
  startsOn: string | null;
  endsOn: string | null;
};

export type DutyArchive = {
  deputy: { id: number; name: string; occupation: string | null; stations: string[] };
  mandates: ArchiveMandate[];
  mandate: ArchiveMandate;
  /** Whether unpublished points are included (staff) or left out (the deputy, the public). */
  allPoints: boolean;
  receptions: { attended: number; absent: number; residentsMet: number };
  suggestions: {
    raised: number;
    inProgress: number;
    closed: number;
    declined: number;
    merged: number;
    byReplyClass: Record<ReplyClass, number>;
    satisfied: number;
    basicallySatisfied: number;
    unsatisfied: number;
  };
  points: {
    total: number;
    byRule: { code: string; name: string; count: number; points: number }[];
    byQuarter: { quarter: string; points: number; published: boolean }[];
    unpublished: number;
  };
  /** 视察, 调研, 述职… attended in the term, and the residents' ratings of the 述职 (lib/activities). */
  activities: ArchiveActivities;
};

/** Loads the archive of `deputyId` for one of their mandates (default: the first), or "not found" out of scope. */
export async function getDutyArchive(actor: Actor, deputyId: number, mandateId?: number): Promise<DutyArchive> {
  const deputy = await db.deputy.findUnique({
    where: { id: deputyId },
    select: {
      id: true,
      name: true,
      occupation: true,
      stations: { select: { station: { select: { name: true } } }, orderBy: { stationId: "asc" } },
      mandates: {
        orderBy: [{ level: "asc" }, { term: "desc" }],
        select: {
          id: true,
          level: true,
          term: true,
          startsOn: true,
          endsOn: true,
          region: { select: { name: true, path: true } },
        },
      },
    },
  });
  if (!deputy) throw notFound();
  const inScope =
    deputy.mandates.some((m) => can(actor, "archive.read", { regionPath: m.region.path, deputyIds: [deputy.id] })) ||
    (deputy.mandates.length === 0 && can(actor, "archive.read", { deputyIds: [deputy.id] }));
  if (!inScope) throw notFound();
  const mandates: ArchiveMandate[] = deputy.mandates.map((m) => ({
    id: m.id,
    level: m.level,
    term: m.term,
    regionName: m.region.name,
    startsOn: m.startsOn ? fromDbDate(m.startsOn) : null,
    endsOn: m.endsOn ? fromDbDate(m.endsOn) : null,
  }));
  const mandate = mandateId ? mandates.find((m) => m.id === mandateId) : mandates[0];
  if (!mandate) throw notFound();
  // Staff see every point so they can check before publishing; a deputy sees what voters see.
  const allPoints = actor.role === "COMMITTEE_STAFF";

  const period = {
    ...(mandate.startsOn ? { gte: startOfShanghaiDay(mandate.startsOn) } : {}),
    ...(mandate.endsOn ? { lte: endOfShanghaiDay(mandate.endsOn) } : {}),
  };
  const heldInTerm = { status: "HELD" as const, startsAt: period };

  const [attended, absent, residentsMet, byStatus, byClass, byClose, unsatisfied, pointRows] = await Promise.all([
    db.sessionDeputy.count({ where: { deputyId, attended: true, session: heldInTerm } }),
    db.sessionDeputy.count({ where: { deputyId, attended: false, session: heldInTerm } }),
    db.receptionVisit.count({
      where: { session: { ...heldInTerm, deputies: { some: { deputyId, attended: true } } } },
    }),
    db.suggestion.groupBy({
      by: ["status"],
      where: { proposerDeputyId: deputyId, submittedAt: period },
      _count: { _all: true },
    }),
    db.suggestion.groupBy({
      by: ["replyClass"],
      where: { proposerDeputyId: deputyId, submittedAt: period, replyClass: { not: null } },
      _count: { _all: true },
    }),
    db.suggestion.groupBy({
      by: ["closeReason"],
      where: { proposerDeputyId: deputyId, submittedAt: period, status: "CLOSED" },
      _count: { _all: true },
    }),
    db.evaluation.count({
      where: { result: "UNSATISFIED", suggestion: { proposerDeputyId: deputyId, submittedAt: period } },
    }),
    db.dutyPointEntry.findMany({
      where: { deputyId, term: mandate.term, ...(allPoints ? {} : { publishedAt: { not: null } }) },
      select: { points: true, occurredAt: true, publishedAt: true, rule: { select: { code: true, name: true } } },
    }),
  ]);

  const status = (s: string) => byStatus.find((r) => r.status === s)?._count._all ?? 0;
  const raised = byStatus.reduce((n, r) => n + r._count._all, 0);
  const closed = status("CLOSED");
  const declined = status("DECLINED");
  const merged = status("MERGED");
  const byReplyClass = { A: 0, B: 0, C: 0, D: 0 } as Record<ReplyClass, number>;
  for (const r of byClass) if (r.replyClass) byReplyClass[r.replyClass] = r._count._all;
  const close = (c: string) => byClose.find((r) => r.closeReason === c)?._count._all ?? 0;

  const rules = new Map<string, { code: string; name: string; count: number; points: number }>();
  const quarters = new Map<string, { quarter: string; points: number; published: boolean }>();
  let total = 0;
  let unpublished = 0;
  for (const e of pointRows) {
    total += e.points;
    if (!e.publishedAt) unpublished += e.points;
    const r = rules.get(e.rule.code) ?? { code: e.rule.code, name: e.rule.name, count: 0, points: 0 };
    r.count++;
    r.points += e.points;
    rules.set(e.rule.code, r);
    const q = quarterOf(e.occurredAt);
    const qq = quarters.get(q) ?? { quarter: q, points: 0, published: true };
    qq.points += e.points;
    if (!e.publishedAt) qq.published = false;
    quarters.set(q, qq);
  }

  return {
    deputy: {
      id: deputy.id,
      name: deputy.name,
      occupation: deputy.occupation,
      stations: deputy.stations.map((s) => s.station.name),
    },
    mandates,
    mandate,
    allPoints,
    receptions: { attended, absent, residentsMet },
    suggestions: {
      raised,
      closed,
      declined,
      merged,
      inProgress: raised - closed - declined - merged,
      byReplyClass,
      satisfied: close("SATISFIED"),
      basicallySatisfied: close("BASICALLY_SATISFIED"),
      unsatisfied,
    },
    points: {
      total,
      byRule: [...rules.values()].sort((a, b) => b.points - a.points || a.code.localeCompare(b.code)),
      byQuarter: [...quarters.values()].sort((a, b) => a.quarter.localeCompare(b.quarter)),
      unpublished,
    },
    activities: await archiveActivities(deputyId, period),
  };
}

/** "2026-Q3" for an instant, in Shanghai. */
export function quarterOf(at: Date): string {
  const d = shanghaiDateOf(at);
  return `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
}

/** A deputy's own archive: refuses accounts that are not a deputy. */
export async function getOwnDutyArchive(actor: Actor, mandateId?: number): Promise<DutyArchive> {
  if (actor.role !== "DEPUTY" || actor.deputyId == null) throw new AppError("forbidden");
  return getDutyArchive(actor, actor.deputyId, mandateId);
}

/** Staff open any deputy's archive in their region; the read is audited (it gathers one person's record). */
export async function getDeputyArchiveForStaff(
  actor: Actor,
  deputyId: number,
  mandateId?: number,
): Promise<DutyArchive> {
  if (actor.role !== "COMMITTEE_STAFF") throw new AppError("forbidden");
  const archive = await getDutyArchive(actor, deputyId, mandateId);
  await recordAudit({ actor, action: "archive.read", target: { type: "Deputy", id: deputyId }, result: "SUCCESS" });
  return archive;
}

/** Deputies with a mandate in the staff member's region, by name, for the archive index (first `take`). */
/** `groupId`: a 专业小组's id, or "none" for deputies in no group. */
export async function listDeputiesForArchive(actor: Actor, q: string, take = 50, groupId?: number | "none") {
  if (actor.role !== "COMMITTEE_STAFF" || !actor.regionPath) throw new AppError("forbidden");
  return db.deputy.findMany({
    where: {
      mandates: { some: { region: { path: { startsWith: actor.regionPath } } } },
      ...(q ? { name: { contains: q } } : {}),
      ...(groupId === undefined ? {} : { groupId: groupId === "none" ? null : groupId }),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      name: true,
      occupation: true,
      group: { select: { name: true } },
      mandates: { select: { level: true, term: true } },
    },
  });
}
