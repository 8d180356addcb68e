// Station reads for the committee's register: only stations of the actor's region subtree, paged by offset
// (a city has hundreds, a province thousands; the register is browsed page by page, not scrolled through).
import { db } from "../db.ts";
import { scopeRule, type Actor } from "../auth/permissions.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { StationKind } from "../generated/prisma/enums.ts";
import { photoCardSelect } from "../photos/queries.ts";

export const STATIONS_PER_PAGE = 30;

export type StationFilters = { regionId?: number; kind?: StationKind; active?: boolean; q?: string; page: number };

function scopeWhere(actor: Actor): Prisma.StationWhereInput | null {
  if (scopeRule(actor, "station.manage") !== "region" || !actor.regionPath) return null;
  return { region: { path: { startsWith: actor.regionPath } } };
}

export async function listStationsForStaff(actor: Actor, f: StationFilters) {
  const scope = scopeWhere(actor);
  if (!scope) return { rows: [], total: 0 };
  const area = f.regionId ? await db.region.findUnique({ where: { id: f.regionId }, select: { path: true } }) : null;
  const where: Prisma.StationWhereInput = {
    AND: [
      scope,
      area ? { region: { path: { startsWith: area.path } } } : {},
      f.kind ? { kind: f.kind } : {},
      f.active != null ? { active: f.active } : {},
      f.q ? { OR: [{ name: { contains: f.q } }, { code: { contains: f.q.toUpperCase() } }] } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.station.findMany({
      where,
      orderBy: [{ code: "asc" }, { id: "asc" }],
      skip: (f.page - 1) * STATIONS_PER_PAGE,
      take: STATIONS_PER_PAGE,
      select: {
        id: true,
        code: true,
        name: true,
        kind: true,
        active: true,
        starLevel: true,
        region: { select: { name: true } },
        parent: { select: { name: true } },
      },
    }),
    db.station.count({ where }),
  ]);
  return { rows, total };
}

/** One station with its assessments and admins, or null when it is outside the actor's region. */
export async function stationForStaff(actor: Actor, id: number) {
  const scope = scopeWhere(actor);
  if (!scope) return null;
  return db.station.findFirst({
    where: { AND: [{ id }, scope] },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      parentId: true,
      regionId: true,
      address: true,
      lat: true,
      lng: true,
      openingHours: true,
      contactName: true,
      contactPhone: true,
      intro: true,
      active: true,
      closedOn: true,
      starLevel: true,
      photo: { select: photoCardSelect },
      region: { select: { name: true } },
      assessments: {
        orderBy: [{ assessedOn: "desc" }, { id: "desc" }],
        select: {
          id: true,
          assessedOn: true,
          assessorName: true,
          level: true,
          hasVenue: true,
          hasStaff: true,
          hasRules: true,
          hasActivities: true,
          hasFunding: true,
          hasEquipment: true,
          notes: true,
        },
      },
      admins: { select: { user: { select: { id: true, name: true, username: true } } } },
    },
  });
}

/** Regions of the actor's subtree for the form's drop-down, in tree order. */
export async function regionOptions(actor: Actor) {
  if (!actor.regionPath) return [];
  return db.region.findMany({
    where: { path: { startsWith: actor.regionPath }, level: { not: "COMMUNITY" } },
    orderBy: { path: "asc" },
    take: 3000,
    select: { id: true, name: true, level: true, path: true },
  });
}

/** Homes and stations a new station or point may belong to. */
export async function parentOptions(actor: Actor) {
  const scope = scopeWhere(actor);
  if (!scope) return [];
  return db.station.findMany({
    where: { AND: [scope, { kind: { in: ["HOME", "STATION"] }, active: true }] },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    take: 2000,
    select: { id: true, name: true, kind: true },
  });
}

/**
 * Active station-admin accounts staff may pick: those whose own region or one of whose stations is in scope, and
 * accounts with neither (just made by the system admin). Other regions' admins are not shown.
 */
export async function stationAdminOptions(actor: Actor) {
  if (!actor.regionPath) return [];
  return db.user.findMany({
    where: {
      role: "STATION_ADMIN",
      disabledAt: null,
      OR: [
        { regionId: null, stationsManaged: { none: {} } },
        { region: { path: { startsWith: actor.regionPath } } },
        { stationsManaged: { some: { station: { region: { path: { startsWith: actor.regionPath } } } } } },
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true, username: true },
  });
}

/** The stations of the region subtree on the map (active ones), to show next to the point picker. */
export async function nearbyStationPoints(actor: Actor) {
  const scope = scopeWhere(actor);
  if (!scope) return [];
  const rows = await db.station.findMany({
    where: { AND: [scope, { active: true }] },
    take: 500,
    select: { lat: true, lng: true },
  });
  return rows.map((r) => ({ lat: Number(r.lat), lng: Number(r.lng) }));
}
