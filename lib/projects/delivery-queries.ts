// Reads of delivery (实施与监督) and judgement (满意度测评) for the pages: one shape for every reader, cut by who
// asks — the public never sees supervision notes, and ratings only once the window has closed.
import type { Actor } from "../auth/permissions.ts";
import { can, scopeRule } from "../auth/permissions.ts";
import { addDays, fromDbDate, shanghaiDateOf, type CivilDate } from "../calendar/civil-date.ts";
import { db } from "../db.ts";
import { photoCardSelect } from "../photos/queries.ts";
import { VERDICTS } from "./schemas.ts";

export type MilestoneState = "done" | "overdue" | "soon" | "planned";

/** A milestone not done by its planned date is overdue; within a week of it, due soon. */
export function milestoneState(m: { dueOn: CivilDate; doneOn: CivilDate | null }, today: CivilDate): MilestoneState {
  if (m.doneOn) return "done";
  if (m.dueOn < today) return "overdue";
  return m.dueOn <= addDays(today, 7) ? "soon" : "planned";
}

export type RatingSummary = {
  SATISFIED: number;
  BASICALLY_SATISFIED: number;
  DISSATISFIED: number;
  total: number;
  rate: number | null;
};

/** 满意率 = (满意 + 基本满意) / all ratings, the usual reading of a 测评. */
export function ratingSummary(rows: { verdict: string; n: number }[]): RatingSummary {
  const count = (v: string) => rows.find((r) => r.verdict === v)?.n ?? 0;
  const [s, b, d] = VERDICTS.map(count);
  const total = s + b + d;
  return { SATISFIED: s, BASICALLY_SATISFIED: b, DISSATISFIED: d, total, rate: total ? (s + b) / total : null };
}

/** Delivery of the given decided candidates, keyed by candidate. `notes`: include the supervision group's notes. */
export async function deliveryViews(candidateIds: number[], opts: { notes: boolean; updates?: number }) {
  const today = shanghaiDateOf(new Date());
  const rows = await db.projectDelivery.findMany({
    where: { candidateId: { in: candidateIds } },
    select: {
      candidateId: true,
      roundId: true,
      unitId: true,
      leadOfficial: true,
      budgetWan: true,
      percent: true,
      milestones: {
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        select: { id: true, title: true, dueOn: true, doneOn: true },
      },
      updates: {
        orderBy: { id: "desc" },
        take: opts.updates ?? 5,
        select: {
          id: true,
          percent: true,
          text: true,
          createdAt: true,
          photos: { orderBy: { id: "asc" }, select: photoCardSelect },
        },
      },
      supervisors: { select: { deputyId: true } },
      notes: opts.notes
        ? { orderBy: { id: "desc" }, take: 20, select: { id: true, deputyId: true, text: true, createdAt: true } }
        : false,
    },
  });
  const [units, deputies, ratings] = await Promise.all([
    db.handlingUnit.findMany({ where: { id: { in: rows.map((r) => r.unitId) } }, select: { id: true, name: true } }),
    db.deputy.findMany({
      where: {
        id: {
          in: rows.flatMap((r) => [...r.supervisors.map((s) => s.deputyId), ...(r.notes ?? []).map((n) => n.deputyId)]),
        },
      },
      select: { id: true, name: true },
    }),
    db.projectRating.groupBy({
      by: ["candidateId", "verdict"],
      where: { candidateId: { in: candidateIds } },
      _count: { _all: true },
    }),
  ]);
  const [rounds, byDimension] = await Promise.all([
    db.projectRound.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.roundId))] } },
      select: { id: true, dimensions: true },
    }),
    // Each dimension's verdicts: position n of every rating's array is the round's n-th dimension.
    db.$queryRaw<{ candidateId: number; position: number; verdict: string; n: number }[]>`
      SELECT r."candidateId", d.position::int AS position, d.verdict::text AS verdict, count(*)::int AS n
      FROM "ProjectRating" r CROSS JOIN LATERAL unnest(r."dimensionVerdicts") WITH ORDINALITY d(verdict, position)
      WHERE r."candidateId" = ANY(${candidateIds})
      GROUP BY 1, 2, 3`,
  ]);
  const nameOf = (id: number) => deputies.find((d) => d.id === id)?.name ?? "";
  return new Map(
    rows.map((r) => {
      const milestones = r.milestones.map((m) => {
        const plain = {
          id: m.id,
          title: m.title,
          dueOn: fromDbDate(m.dueOn),
          doneOn: m.doneOn ? fromDbDate(m.doneOn) : null,
        };
        return { ...plain, state: milestoneState(plain, today) };
      });
      return [
        r.candidateId,
        {
          ...r,
          unit: units.find((u) => u.id === r.unitId)?.name ?? "",
          milestones,
          overdue: milestones.filter((m) => m.state === "overdue").length,
          supervisors: r.supervisors.map((s) => ({ id: s.deputyId, name: nameOf(s.deputyId) })),
          notes: (r.notes ?? []).map((n) => ({ ...n, deputy: nameOf(n.deputyId) })),
          rating: ratingSummary(
            ratings
              .filter((x) => x.candidateId === r.candidateId)
              .map((x) => ({ verdict: x.verdict, n: x._count._all })),
          ),
          dimensionRatings: (rounds.find((x) => x.id === r.roundId)?.dimensions ?? []).map((name, i) => ({
            name,
            rating: ratingSummary(byDimension.filter((x) => x.candidateId === r.candidateId && x.position === i + 1)),
          })),
        },
      ] as const;
    }),
  );
}

export type DeliveryView = NonNullable<ReturnType<Awaited<ReturnType<typeof deliveryViews>>["get"]>>;

/** The decided projects of the department the actor works for. */
export async function projectsForUnit(actor: Actor) {
  if (scopeRule(actor, "project.report") !== "unit" || actor.unitId == null) return [];
  const rows = await db.projectDelivery.findMany({
    where: { unitId: actor.unitId },
    orderBy: { candidateId: "desc" },
    take: 100,
    select: { candidateId: true, candidate: { select: { title: true, round: { select: { title: true } } } } },
  });
  const views = await deliveryViews(
    rows.map((r) => r.candidateId),
    { notes: false, updates: 1 },
  );
  return rows.map((r) => ({
    id: r.candidateId,
    title: r.candidate.title,
    round: r.candidate.round.title,
    view: views.get(r.candidateId)!,
  }));
}

/** A deputy's projects: those whose supervision group they are in, and those they may rate now. */
export async function projectsForDeputy(actor: Actor) {
  if (actor.deputyId == null || !can(actor, "project.rate")) return { supervised: [], toRate: [] };
  const supervised = await db.projectSupervisor.findMany({
    where: { deputyId: actor.deputyId },
    orderBy: { candidateId: "desc" },
    take: 100,
    select: {
      candidateId: true,
      delivery: { select: { candidate: { select: { title: true, round: { select: { title: true } } } } } },
    },
  });
  const mandates = await db.deputyMandate.findMany({
    where: { deputyId: actor.deputyId, deputy: { active: true } },
    select: { level: true, term: true, regionId: true },
  });
  const rateable = mandates.length
    ? await db.projectDelivery.findMany({
        where: { candidate: { round: { OR: mandates, ratingOpenedAt: { not: null }, ratingClosedAt: null } } },
        orderBy: { candidateId: "asc" },
        select: {
          candidateId: true,
          unitId: true,
          percent: true,
          candidate: { select: { title: true, round: { select: { title: true, dimensions: true } } } },
          ratings: { where: { deputyId: actor.deputyId }, select: { verdict: true } },
        },
      })
    : [];
  const units = await db.handlingUnit.findMany({
    where: { id: { in: rateable.map((r) => r.unitId) } },
    select: { id: true, name: true },
  });
  return {
    supervised: supervised.map((s) => ({
      id: s.candidateId,
      title: s.delivery.candidate.title,
      round: s.delivery.candidate.round.title,
    })),
    toRate: rateable.map((r) => ({
      id: r.candidateId,
      title: r.candidate.title,
      round: r.candidate.round.title,
      dimensions: r.candidate.round.dimensions,
      unit: units.find((u) => u.id === r.unitId)?.name ?? "",
      percent: r.percent,
      mine: r.ratings[0]?.verdict ?? null,
    })),
  };
}

/** Leaders' (and staff's) overview: decided rounds of their region with each decided project's delivery. */
export async function deliveryOverview(actor: Actor) {
  if (scopeRule(actor, "project.readDelivery") !== "region" || !actor.regionPath) return [];
  const regions = await db.region.findMany({ where: { path: { startsWith: actor.regionPath } }, select: { id: true } });
  const rounds = await db.projectRound.findMany({
    where: { regionId: { in: regions.map((r) => r.id) }, status: "DECIDED" },
    orderBy: { id: "desc" },
    take: 20,
    select: {
      id: true,
      title: true,
      year: true,
      ratingOpenedAt: true,
      ratingClosedAt: true,
      candidates: { where: { outcome: "DECIDED" }, orderBy: { rank: "asc" }, select: { id: true, title: true } },
    },
  });
  const views = await deliveryViews(
    rounds.flatMap((r) => r.candidates.map((c) => c.id)),
    { notes: false, updates: 1 },
  );
  return rounds.map((r) => ({
    ...r,
    candidates: r.candidates.map((c) => ({ ...c, view: views.get(c.id) ?? null })),
  }));
}
