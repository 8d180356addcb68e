// Reception reads. Public ones return only public fields; the working views check scope like the use cases (S1).
import { db } from "../db.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { managedStationWhere } from "./session-list.ts";
import { refuse } from "../auth/guard.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { mayReadSession } from "./load-session.ts";
import { photoCardSelect } from "../photos/queries.ts";

/** A published session of an active station, for the public booking page. */
export async function getPublicSession(stationId: number, sessionId: number) {
  return db.receptionSession.findFirst({
    where: { id: sessionId, stationId, status: { in: ["PUBLISHED", "HELD"] }, station: { active: true } },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      theme: true,
      audience: true,
      capacity: true,
      bookedCount: true,
      status: true,
      station: { select: { id: true, name: true, address: true } },
      deputies: { orderBy: { deputyId: "asc" }, select: { deputy: { select: { id: true, name: true } } } },
    },
  });
}

/** A resident's own booking by its code; someone else's code is "not found" (and the try is audited). */
export async function getOwnBooking(actor: Actor, code: string, client?: ClientInfo) {
  const b = await db.booking.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      status: true,
      topic: true,
      createdAt: true,
      residentId: true,
      session: {
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          theme: true,
          status: true,
          station: { select: { id: true, name: true, address: true } },
        },
      },
    },
  });
  if (!b) return null;
  if (!can(actor, "booking.cancel", { ownerId: b.residentId })) {
    await refuse(actor, "booking.cancel", { target: { type: "Booking", id: b.id }, client, as: "notFound" });
    return null;
  }
  const waitingAhead =
    b.status === "WAITLISTED"
      ? await db.booking.count({
          where: {
            sessionId: b.session.id,
            status: "WAITLISTED",
            OR: [{ createdAt: { lt: b.createdAt } }, { createdAt: b.createdAt, id: { lt: b.id } }],
          },
        })
      : 0;
  return { ...b, waitingAhead };
}

/** One station the actor manages, with its deputies (for the new-session form); null outside the scope. */
export async function managedStation(actor: Actor, id: number) {
  const where = managedStationWhere(actor);
  if (!where) return null;
  return db.station.findFirst({
    where: { AND: [where, { id, active: true }] },
    select: {
      id: true,
      name: true,
      deputies: {
        where: { deputy: { active: true } },
        orderBy: { deputyId: "asc" },
        select: { deputy: { select: { id: true, name: true } } },
      },
    },
  });
}

export async function managedStationOptions(actor: Actor) {
  const where = managedStationWhere(actor);
  if (!where) return [];
  return db.station.findMany({
    where: { ...where, active: true },
    orderBy: { id: "asc" },
    take: 200,
    select: {
      id: true,
      name: true,
      deputies: {
        where: { deputy: { active: true } },
        orderBy: { deputyId: "asc" },
        select: { deputy: { select: { id: true, name: true } } },
      },
    },
  });
}

/** A deputy's own rota: sessions they are on duty at, recent and coming. */
export async function listOwnRota(actor: Actor, now = new Date()) {
  if (actor.deputyId == null) return [];
  return db.receptionSession.findMany({
    where: {
      deputies: { some: { deputyId: actor.deputyId } },
      status: { not: "CANCELLED" },
      startsAt: { gte: new Date(now.getTime() - 31 * 86_400_000) },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 50,
    select: {
      id: true,
      startsAt: true,
      theme: true,
      status: true,
      capacity: true,
      bookedCount: true,
      station: { select: { id: true, name: true } },
      deputies: { select: { deputy: { select: { name: true } } } },
    },
  });
}

/** The working view of one session: bookings, visits, deputies on duty. Null when outside the actor's scope. */
export async function getSessionWork(actor: Actor, id: number) {
  const s = await db.receptionSession.findUnique({
    where: { id },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      theme: true,
      audience: true,
      status: true,
      capacity: true,
      bookedCount: true,
      summary: true,
      ruleException: true,
      cancelReason: true,
      stationId: true,
      station: { select: { name: true, address: true, region: { select: { path: true } } } },
      deputies: {
        orderBy: { deputyId: "asc" },
        select: { deputyId: true, attended: true, deputy: { select: { name: true } } },
      },
      bookings: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 300,
        select: {
          id: true,
          code: true,
          status: true,
          topic: true,
          checkedInAt: true,
          resident: { select: { name: true } },
        },
      },
      visits: {
        orderBy: { id: "asc" },
        take: 300,
        select: {
          id: true,
          visitorName: true,
          raised: true,
          answeredOnSpot: true,
          bookingId: true,
          suggestion: { select: { id: true, trackingCode: true, status: true } },
        },
      },
      swaps: {
        orderBy: { id: "desc" },
        take: 20,
        select: {
          id: true,
          status: true,
          reason: true,
          fromDeputyId: true,
          fromDeputy: { select: { name: true } },
          toDeputy: { select: { name: true } },
        },
      },
    },
  });
  if (!s) return null;
  const scope = {
    stationId: s.stationId,
    regionPath: s.station.region.path,
    deputyIds: s.deputies.map((d) => d.deputyId),
  };
  const onDuty = actor.role !== "DEPUTY" || s.deputies.some((d) => d.deputyId === actor.deputyId);
  // A deputy sees the residents booked at the sessions they are on duty at, not at every session of the station.
  if (!mayReadSession(actor, scope) || !onDuty) return null;
  return {
    ...s,
    may: {
      manage: can(actor, "session.manage", scope),
      checkIn: can(actor, "booking.checkIn", scope),
      log: can(actor, "session.log", scope) && onDuty,
      swap: can(actor, "session.swap", scope) && onDuty && actor.deputyId != null,
      lists: can(actor, "reception.lists", scope) && onDuty,
    },
    swapCandidates:
      actor.role === "DEPUTY"
        ? await db.stationDeputy.findMany({
            where: { stationId: s.stationId, deputy: { active: true }, deputyId: { notIn: scope.deputyIds } },
            orderBy: { deputyId: "asc" },
            take: 50,
            select: { deputy: { select: { id: true, name: true } } },
          })
        : [],
  };
}

/** The public profile of a deputy: nothing private (no phone, no account). */
export async function getPublicDeputy(id: number, now = new Date()) {
  return db.deputy.findFirst({
    where: { id, active: true },
    select: {
      id: true,
      name: true,
      occupation: true,
      bio: true,
      qrToken: true,
      group: { select: { name: true } },
      photo: { select: photoCardSelect },
      mandates: {
        orderBy: [{ term: "desc" }, { level: "asc" }],
        select: { level: true, term: true, constituency: true, region: { select: { name: true } } },
      },
      stations: {
        where: { station: { active: true } },
        select: { station: { select: { id: true, name: true, address: true } } },
      },
      sessions: {
        where: { session: { status: "PUBLISHED", startsAt: { gte: now } } },
        orderBy: { session: { startsAt: "asc" } },
        take: 5,
        select: {
          session: {
            select: {
              id: true,
              startsAt: true,
              theme: true,
              capacity: true,
              bookedCount: true,
              station: { select: { id: true, name: true } },
            },
          },
        },
      },
    },
  });
}

/** A station's month: sessions held, deputies on duty, residents received, suggestions raised and their stages. */
export async function monthlySummary(actor: Actor, stationId: number, month: string) {
  const station = await db.station.findUnique({
    where: { id: stationId },
    select: { id: true, name: true, region: { select: { path: true, name: true } } },
  });
  if (!station || !can(actor, "session.manage", { stationId, regionPath: station.region.path })) return null;
  const [y, m] = month.split("-").map(Number);
  const from = new Date(Date.UTC(y, m - 1, 1) - 8 * 3_600_000);
  const to = new Date(Date.UTC(y, m, 1) - 8 * 3_600_000);
  const sessions = await db.receptionSession.findMany({
    where: { stationId, startsAt: { gte: from, lt: to }, status: { not: "CANCELLED" } },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      theme: true,
      status: true,
      ruleException: true,
      deputies: { select: { attended: true, deputy: { select: { id: true, name: true } } } },
      _count: { select: { visits: true, bookings: { where: { status: "CHECKED_IN" } } } },
    },
  });
  const ids = sessions.map((s) => s.id);
  const [visits, suggestions] = await Promise.all([
    db.receptionVisit.count({ where: { sessionId: { in: ids } } }),
    db.suggestion.groupBy({ by: ["status"], where: { receptionSessionId: { in: ids } }, _count: { _all: true } }),
  ]);
  const deputies = new Set(
    sessions.flatMap((s) => s.deputies.filter((d) => d.attended !== false).map((d) => d.deputy.id)),
  );
  return {
    station,
    sessions,
    totals: {
      held: sessions.filter((s) => s.status === "HELD").length,
      planned: sessions.length,
      deputies: deputies.size,
      residents: visits,
      suggestions: suggestions.reduce((a, g) => a + g._count._all, 0),
    },
    suggestionsByStatus: suggestions.map((g) => ({ status: g.status, count: g._count._all })),
  };
}

/** A deputy's own duty-point ledger, newest first, with totals per term. */
export async function ownDutyLedger(actor: Actor) {
  if (actor.deputyId == null) return null;
  const [entries, totals, published] = await Promise.all([
    db.dutyPointEntry.findMany({
      where: { deputyId: actor.deputyId },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: 100,
      select: {
        id: true,
        term: true,
        points: true,
        note: true,
        occurredAt: true,
        sourceType: true,
        publishedAt: true,
        rule: { select: { name: true } },
      },
    }),
    db.dutyPointEntry.groupBy({
      by: ["term"],
      where: { deputyId: actor.deputyId },
      _sum: { points: true },
      orderBy: { term: "desc" },
    }),
    // What the archive and the public see: only the points staff have published (quarterly).
    db.dutyPointEntry.groupBy({
      by: ["term"],
      where: { deputyId: actor.deputyId, publishedAt: { not: null } },
      _sum: { points: true },
    }),
  ]);
  return {
    entries,
    totals: totals.map((t) => ({
      term: t.term,
      points: t._sum.points ?? 0,
      published: published.find((p) => p.term === t.term)?._sum.points ?? 0,
    })),
  };
}

/** Staff: deputies of their region ranked by points in a term (top 100). */
export async function dutyRanking(actor: Actor, term: number) {
  if (!can(actor, "dashboard.read", { regionPath: actor.regionPath })) return null;
  const rows = await db.$queryRaw<{ deputyId: number; name: string; points: bigint; entries: bigint }[]>`
    SELECT e."deputyId", d."name", SUM(e."points") AS points, COUNT(*) AS entries
    FROM "DutyPointEntry" e JOIN "Deputy" d ON d."id" = e."deputyId"
    WHERE e."term" = ${term} AND EXISTS (
      SELECT 1 FROM "DeputyMandate" m JOIN "Region" r ON r."id" = m."regionId"
      WHERE m."deputyId" = e."deputyId" AND r."path" LIKE ${`${actor.regionPath}%`})
    GROUP BY e."deputyId", d."name" ORDER BY points DESC, e."deputyId" LIMIT 100`;
  return rows.map((r) => ({
    deputyId: r.deputyId,
    name: r.name,
    points: Number(r.points),
    entries: Number(r.entries),
  }));
}

export async function dutyTerms() {
  const rows = await db.dutyPointEntry.groupBy({ by: ["term"], orderBy: { term: "desc" } });
  return rows.map((r) => r.term);
}
