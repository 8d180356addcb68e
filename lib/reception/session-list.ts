// The reception list of the stations an admin runs (or of staff's region), one month at a time, narrowed by
// station or area and paged by keyset (P3): a city's three months of sessions are thousands of rows, so the page
// shows one month's, twenty-five at a time, instead of one long table.
import { z } from "zod";
import { db } from "../db.ts";
import { scopeRule, type Actor } from "../auth/permissions.ts";
import { addMonths, shanghaiDateOf, startOfShanghaiDay } from "../calendar/civil-date.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { decodeCursor, seekAfter, toPage } from "../pagination/keyset.ts";
import { idParam, parseSearchParams, type RawSearchParams } from "../http/search-params.ts";

export const SESSION_PAGE_SIZE = 25;
const MAX_FILTER_STATIONS = 400;

const monthParam = z.string().regex(/^(20\d{2}|2100)-(0[1-9]|1[0-2])$/);
const sessionListSchema = z.object({
  station: idParam.optional(),
  area: idParam.optional(),
  month: monthParam.optional(),
  after: z.string().max(40).optional(),
});
export type SessionListFilters = z.output<typeof sessionListSchema>;

export function parseSessionListParams(raw: RawSearchParams) {
  return parseSearchParams(sessionListSchema, raw);
}

/** Where the actor manages sessions: a station admin's stations, or staff's region. */
export function managedStationWhere(actor: Actor): Prisma.StationWhereInput | null {
  const rule = scopeRule(actor, "session.manage");
  if (rule === "station") return { id: { in: [...actor.stationIds] } };
  if (rule === "region" && actor.regionPath) return { region: { path: { startsWith: actor.regionPath } } };
  return null;
}

/** The month shown: the chosen one, else the current month in Shanghai. */
export function shownMonth(filters: Pick<SessionListFilters, "month">, now = new Date()): string {
  return filters.month ?? shanghaiDateOf(now).slice(0, 7);
}

export async function listSessionsPage(actor: Actor, filters: SessionListFilters, now = new Date()) {
  const month = shownMonth(filters, now);
  const scope = managedStationWhere(actor);
  if (!scope) return { month, rows: [], next: null, cursorIgnored: false };
  const area = filters.area
    ? await db.region.findUnique({ where: { id: filters.area }, select: { path: true } })
    : null;
  const stationWhere: Prisma.StationWhereInput = {
    AND: [
      scope,
      filters.station ? { id: filters.station } : {},
      area ? { region: { path: { startsWith: area.path } } } : {},
      // An area that does not exist shows nothing rather than everything.
      filters.area && !area ? { id: -1 } : {},
    ],
  };
  const from = startOfShanghaiDay(`${month}-01`);
  const to = startOfShanghaiDay(addMonths(`${month}-01`, 1));
  const key = filters.after ? decodeCursor(filters.after) : null;
  const rows = await db.receptionSession.findMany({
    where: {
      station: stationWhere,
      startsAt: { gte: from, lt: to },
      ...(key ? { AND: [seekAfter("startsAt", key, "asc")] } : {}),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: SESSION_PAGE_SIZE + 1,
    select: {
      id: true,
      startsAt: true,
      theme: true,
      status: true,
      capacity: true,
      bookedCount: true,
      ruleException: true,
      station: { select: { id: true, name: true } },
      deputies: { select: { deputy: { select: { name: true } } } },
    },
  });
  const page = toPage(rows, SESSION_PAGE_SIZE, (r) => ({ at: r.startsAt, id: r.id }));
  return { month, ...page, cursorIgnored: Boolean(filters.after) && !key };
}

/** The stations and areas the filter form offers: only those in the actor's scope. */
export async function sessionFilterOptions(actor: Actor) {
  const scope = managedStationWhere(actor);
  if (!scope) return { stations: [], areas: [] };
  const [stations, areas] = await Promise.all([
    db.station.findMany({
      where: { AND: [scope, { active: true }] },
      orderBy: [{ region: { path: "asc" } }, { name: "asc" }, { id: "asc" }],
      take: MAX_FILTER_STATIONS,
      select: { id: true, name: true, region: { select: { name: true } } },
    }),
    // A station admin's few stations need no area filter.
    scopeRule(actor, "session.manage") === "region" && actor.regionPath
      ? db.region.findMany({
          where: { path: { startsWith: actor.regionPath }, level: { in: ["DISTRICT", "TOWNSHIP"] } },
          orderBy: { path: "asc" },
          take: 300,
          select: { id: true, name: true, level: true },
        })
      : [],
  ]);
  return { stations: stations.map((s) => ({ id: s.id, name: s.name, regionName: s.region.name })), areas };
}
