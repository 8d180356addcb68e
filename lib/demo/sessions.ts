// Reception sessions over the past 4 weeks (HELD, with visits) and the coming 6 weeks (PUBLISHED, a few DRAFT),
// each with 2–3 deputies on duty (the 321 rule) and bookings; bookedCount = BOOKED + CHECKED_IN.
import { AUDIENCES, ON_SPOT_ANSWERS, SESSION_THEMES } from "./data/texts.ts";
import { WALK_IN_LABELS } from "./data/names.ts";
import { bulkInsert, bulkInsertReturning, must } from "./bulk.ts";
import { T } from "./tables.ts";
import { personName } from "./people.ts";
import { publicCode, Rng } from "./prng.ts";
import { at, DAY, HOUR, MINUTE, nextWorkingDay } from "./time.ts";
import { pickTopic, type Topic } from "./topics.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { BookingStatus, SessionStatus } from "../generated/prisma/enums.ts";
import type { CityCtx, ResidentCtx, SeedContext, StationCtx } from "./types.ts";

/** A visit at a held session that turns into a suggestion (inserted with it, see suggestions.ts). */
export interface ReceptionLead {
  city: CityCtx;
  station: StationCtx;
  sessionId: number;
  endsAt: number;
  residentId: number | null;
  visitorName: string;
  bookingId: number | null;
  topic: Topic;
  answeredOnSpot: string | null;
  deputyIds: number[];
  visitAt: number;
  demoResident: boolean;
}

export interface Attendance {
  sessionId: number;
  deputyId: number;
  at: number;
  solvedOnSpot: boolean;
}

interface PlannedBooking {
  code: string;
  resident: ResidentCtx;
  topic: Topic;
  status: BookingStatus;
  createdAt: number;
  cancelledAt: number | null;
  checkedInAt: number | null;
}
interface PlannedVisit {
  bookingCode: string | null;
  resident: ResidentCtx | null;
  visitorName: string;
  topic: Topic;
  answeredOnSpot: string | null;
  lead: boolean;
  at: number;
}
interface PlannedSession {
  city: CityCtx;
  station: StationCtx;
  start: number;
  end: number;
  status: SessionStatus;
  publishedAt: number | null;
  capacity: number;
  deputies: { id: number; attended: boolean | null }[];
  bookings: PlannedBooking[];
  visits: PlannedVisit[];
  theme: string;
  audience: string;
}

const SLOTS = [
  [9, 0, 150],
  [14, 30, 150],
  [19, 0, 90],
] as const;

/**
 * A deputy is on duty at one place at a time (decision 0069; the database refuses an overlap). The demo
 * station's sessions keep their deputies first; then each session, in turn, swaps a deputy already busy at that
 * hour for a free one of its station, or goes without. No random draws: the rest of the demo data is unchanged.
 */
function avoidClashes(planned: PlannedSession[], firstStationId: number | undefined) {
  const busy = new Map<number, [number, number][]>();
  const free = (id: number, s: PlannedSession) => !(busy.get(id) ?? []).some(([a, b]) => a < s.end && b > s.start);
  const first = (s: PlannedSession) => (s.station.id === firstStationId ? 0 : 1);
  for (const s of [...planned].sort((a, b) => first(a) - first(b))) {
    const kept: PlannedSession["deputies"] = [];
    for (const d of s.deputies) {
      const taken = (x: number) => s.deputies.some((o) => o.id === x) || kept.some((k) => k.id === x);
      const id = free(d.id, s) ? d.id : s.station.deputyIds.find((x) => !taken(x) && free(x, s));
      if (id === undefined) continue;
      kept.push({ ...d, id });
      busy.set(id, [...(busy.get(id) ?? []), [s.start, s.end]]);
    }
    s.deputies = kept;
  }
}

export async function seedSessions(
  ctx: SeedContext,
): Promise<{ leads: ReceptionLead[]; attendance: Attendance[]; counts: Record<string, number> }> {
  const { db, today, limit, demo } = ctx;
  const rng = Rng.stream("sessions");
  const planned: PlannedSession[] = [];
  let bookingIndex = 0;

  for (const city of ctx.cities) {
    for (const station of city.stations) {
      const isDemo = demo.stationIds.includes(station.id);
      const interval = station.kind === "HOME" || isDemo ? 7 : 14;
      const days = new Set<number>();
      for (let d = today - 28 + rng.int(0, interval - 1); d <= today + 42; d += interval) {
        const day = nextWorkingDay(d);
        if (day !== today && day <= today + 42) days.add(day);
      }
      const slot = station.kind === "POINT" && rng.chance(0.5) ? SLOTS[2] : rng.pick(SLOTS.slice(0, 2));
      let n = 0;
      for (const day of days) {
        const start = at(day, slot[0], slot[1]);
        const past = day < today;
        const status: SessionStatus = past ? "HELD" : day > today + 28 && rng.chance(0.25) ? "DRAFT" : "PUBLISHED";
        const onDuty = rng.sample(station.deputyIds, rng.chance(0.6) ? 2 : 3);
        if (isDemo && station.id === demo.stationIds[0] && n++ % 2 === 0 && !onDuty.includes(demo.deputyId))
          onDuty[0] = demo.deputyId;
        const absent = past && onDuty.length === 3 && rng.chance(0.15) ? onDuty[2] : undefined;
        planned.push({
          city,
          station,
          start,
          end: start + slot[2] * MINUTE,
          status,
          capacity: rng.int(6, 12),
          publishedAt: status === "DRAFT" ? null : at(Math.min(day - 3, today - 1) - rng.int(0, 4), 10, rng.int(0, 59)),
          deputies: onDuty.map((id) => ({ id, attended: past ? id !== absent : null })),
          bookings: [],
          visits: [],
          theme: rng.pick(SESSION_THEMES),
          audience: rng.pick(AUDIENCES),
        });
      }
    }
  }
  avoidClashes(planned, demo.stationIds[0]);

  for (const s of planned) {
    if (s.status === "DRAFT") continue;
    const past = s.status === "HELD";
    const demoFirst = demo.resident && s.station.id === demo.stationIds[0];
    const pool = s.city.residents;
    const fill = past ? rng.float(0.4, 1) : Math.max(0, rng.float(-0.1, 0.95) - (s.start - limit) / (60 * DAY));
    const residents = rng.sample(pool, Math.round(s.capacity * fill));
    if (demoFirst && demo.resident) residents.unshift(demo.resident);
    let active = 0;
    for (const resident of residents) {
      const isDemoResident = resident === demo.resident;
      if (isDemoResident && demoPlaced(planned, s, past)) continue;
      let status: BookingStatus;
      if (isDemoResident) status = past ? "CHECKED_IN" : "BOOKED";
      else if (active >= s.capacity) status = past ? "CANCELLED" : "WAITLISTED";
      else
        status = past
          ? rng.weighted([
              ["CHECKED_IN", 75],
              ["NO_SHOW", 15],
              ["CANCELLED", 10],
            ])
          : rng.weighted([
              ["BOOKED", 88],
              ["CANCELLED", 12],
            ]);
      if (status === "BOOKED" || status === "CHECKED_IN") active++;
      const from = s.publishedAt!;
      const createdAt = from + Math.floor(rng.next() * (Math.min(limit, s.start) - from));
      s.bookings.push({
        code: publicCode(bookingIndex++, "booking"),
        resident,
        topic: pickTopic(rng, s.city, s.station),
        status,
        createdAt,
        cancelledAt:
          status === "CANCELLED" ? createdAt + Math.floor(rng.next() * (Math.min(limit, s.start) - createdAt)) : null,
        checkedInAt: status === "CHECKED_IN" ? s.start + rng.int(0, 40) * MINUTE : null,
      });
    }
    if (!past) {
      for (let w = active === s.capacity ? rng.int(0, 2) : 0; w > 0; w--) {
        const b = waitlisted(rng, s, publicCode(bookingIndex, "booking"), limit);
        if (!b) break;
        s.bookings.push(b);
        bookingIndex++;
      }
      continue;
    }
    for (const b of s.bookings.filter((b) => b.status === "CHECKED_IN")) {
      const demoVisit = b.resident === demo.resident;
      s.visits.push({
        bookingCode: b.code,
        resident: b.resident,
        visitorName: b.resident.name,
        topic: b.topic,
        answeredOnSpot: demoVisit ? null : rng.chance(0.35) ? rng.pick(ON_SPOT_ANSWERS) : null,
        lead: demoVisit || rng.chance(0.16),
        at: b.checkedInAt! + rng.int(5, 60) * MINUTE,
      });
    }
    for (let w = rng.int(0, 3); w > 0; w--) {
      s.visits.push({
        bookingCode: null,
        resident: null,
        visitorName: rng.chance(0.5) ? personName(rng) : rng.pick(WALK_IN_LABELS),
        topic: pickTopic(rng, s.city, s.station),
        answeredOnSpot: rng.chance(0.4) ? rng.pick(ON_SPOT_ANSWERS) : null,
        lead: rng.chance(0.16),
        at: s.start + rng.int(10, 120) * MINUTE,
      });
    }
  }

  const sessionRows: Prisma.ReceptionSessionCreateManyInput[] = planned.map((s) => {
    const created = new Date(Math.min((s.publishedAt ?? s.start - 10 * DAY) - 2 * DAY, limit - 20 * HOUR));
    const onSpot = s.visits.filter((v) => v.answeredOnSpot).length;
    const leads = s.visits.filter((v) => v.lead).length;
    return {
      stationId: s.station.id,
      startsAt: new Date(s.start),
      endsAt: new Date(s.end),
      theme: s.theme,
      audience: s.audience,
      capacity: s.capacity,
      bookedCount: s.bookings.filter((b) => b.status === "BOOKED" || b.status === "CHECKED_IN").length,
      status: s.status,
      publishedAt: s.publishedAt ? new Date(s.publishedAt) : null,
      createdById: s.station.admin.id,
      summary:
        s.status === "HELD"
          ? `本次接待选民${s.visits.length}人次，收集意见建议${s.visits.length}条，现场答复${onSpot}条，转交办理${leads}条。`
          : null,
      createdAt: created,
      updatedAt: s.status === "HELD" ? new Date(s.end + HOUR) : new Date(s.publishedAt ?? created.getTime()),
    };
  });
  type SessionBack = { id: number; stationId: number; startsAt: Date };
  const createdSessions = await bulkInsertReturning<Prisma.ReceptionSessionCreateManyInput, SessionBack>(
    db,
    T.session,
    sessionRows,
    ["id", "stationId", "startsAt"],
  );
  const sessionIds = new Map(createdSessions.map((r) => [`${r.stationId}:${r.startsAt.getTime()}`, r.id]));
  const idOf = (s: PlannedSession) => must(sessionIds.get(`${s.station.id}:${s.start}`), "session id");

  const sessionDeputies = planned.flatMap((s) =>
    s.deputies.map((d) => ({ sessionId: idOf(s), deputyId: d.id, attended: d.attended })),
  );
  await bulkInsert(db, T.sessionDeputy, sessionDeputies);

  const bookingRows: Prisma.BookingCreateManyInput[] = planned.flatMap((s) =>
    s.bookings.map((b) => ({
      code: b.code,
      sessionId: idOf(s),
      residentId: b.resident.id,
      topic: b.topic.title,
      status: b.status,
      createdAt: new Date(b.createdAt),
      cancelledAt: b.cancelledAt ? new Date(b.cancelledAt) : null,
      checkedInAt: b.checkedInAt ? new Date(b.checkedInAt) : null,
    })),
  );
  const createdBookings = await bulkInsertReturning<Prisma.BookingCreateManyInput, { id: number; code: string }>(
    db,
    T.booking,
    bookingRows,
    ["id", "code"],
  );
  const bookingIds = new Map(createdBookings.map((b) => [b.code, b.id]));

  const visitRows: Prisma.ReceptionVisitCreateManyInput[] = [];
  const leads: ReceptionLead[] = [];
  const attendance: Attendance[] = [];
  for (const s of planned) {
    if (s.status !== "HELD") continue;
    const sessionId = idOf(s);
    const attended = s.deputies.filter((d) => d.attended).map((d) => d.id);
    const solved = s.visits.some((v) => v.answeredOnSpot);
    for (const deputyId of attended)
      attendance.push({ sessionId, deputyId, at: s.end, solvedOnSpot: solved && rng.chance(0.5) });
    for (const v of s.visits) {
      const bookingId = v.bookingCode ? must(bookingIds.get(v.bookingCode), "booking id") : null;
      if (v.lead) {
        leads.push({
          city: s.city,
          station: s.station,
          sessionId,
          endsAt: s.end,
          residentId: v.resident?.id ?? null,
          visitorName: v.visitorName,
          bookingId,
          topic: v.topic,
          answeredOnSpot: v.answeredOnSpot,
          deputyIds: attended,
          visitAt: v.at,
          demoResident: v.resident === demo.resident,
        });
      } else {
        visitRows.push({
          sessionId,
          bookingId,
          visitorName: v.visitorName,
          raised: v.topic.content,
          answeredOnSpot: v.answeredOnSpot,
          createdAt: new Date(v.at),
        });
      }
    }
  }
  await bulkInsert(db, T.visit, visitRows);
  return {
    leads,
    attendance,
    counts: {
      receptionSessions: planned.length,
      sessionDeputies: sessionDeputies.length,
      bookings: bookingRows.length,
      receptionVisits: visitRows.length + leads.length,
    },
  };
}

/** The demo resident gets one checked-in visit (the latest held session) and one booking (the next session). */
function demoPlaced(planned: PlannedSession[], s: PlannedSession, past: boolean): boolean {
  const same = planned.filter(
    (p) => p.station.id === s.station.id && (p.status === "HELD") === past && p.status !== "DRAFT",
  );
  const wanted = past ? same[same.length - 1] : same[0];
  return wanted !== s;
}

function waitlisted(rng: Rng, s: PlannedSession, code: string, limit: number): PlannedBooking | null {
  const free = s.city.residents.filter((r) => !s.bookings.some((b) => b.resident === r));
  if (free.length === 0) return null;
  const createdAt = Math.min(limit - HOUR, s.publishedAt! + HOUR * rng.int(2, 40));
  return {
    code,
    resident: rng.pick(free),
    topic: pickTopic(rng, s.city, s.station),
    status: "WAITLISTED",
    createdAt,
    cancelledAt: null,
    checkedInAt: null,
  };
}
