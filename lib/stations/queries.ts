// Station reads. The public ones return only public fields; nothing personal is stored on a station.
import { onInvalidate } from "../cache/shared-invalidation.ts";
import { db } from "../db.ts";
import type { Actor } from "../auth/permissions.ts";
import { ttlCache } from "../cache/ttl-cache.ts";
import { photoCardSelect } from "../photos/queries.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { RegionLevel, StationKind } from "../generated/prisma/enums.ts";

const MAX_QUERY = 40;
/** One page of the public list: a province has thousands of stations, a phone shows a few at a time. */
export const PUBLIC_PAGE_SIZE = 24;

export type PublicStationFilters = { q?: string; area?: number; kind?: StationKind; page?: number };

async function publicWhere(f: PublicStationFilters): Promise<Prisma.StationWhereInput> {
  const q = f.q?.trim().slice(0, MAX_QUERY);
  const area = f.area ? await db.region.findUnique({ where: { id: f.area }, select: { path: true } }) : null;
  return {
    active: true,
    ...(f.kind ? { kind: f.kind } : {}),
    ...(area ? { region: { path: { startsWith: area.path } } } : {}),
    ...(q
      ? {
          OR: [{ name: { contains: q } }, { address: { contains: q } }, { region: { name: { contains: q } } }],
        }
      : {}),
  };
}

/** Open stations matching the filters, one page of them, with the total. */
export async function listPublicStations(f: PublicStationFilters = {}) {
  const where = await publicWhere(f);
  const page = Math.max(1, f.page ?? 1);
  const [rows, total] = await Promise.all([
    db.station.findMany({
      where,
      // Tree order, so the stations of one district stand together under its heading on the page.
      orderBy: [{ region: { path: "asc" } }, { id: "asc" }],
      skip: (page - 1) * PUBLIC_PAGE_SIZE,
      take: PUBLIC_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        kind: true,
        address: true,
        openingHours: true,
        starLevel: true,
        lat: true,
        lng: true,
        region: { select: { name: true, level: true, parent: { select: { name: true, level: true } } } },
      },
    }),
    db.station.count({ where }),
  ]);
  return { rows, total };
}

export type MapPoint = [id: number, lat: number, lng: number, name: string];

/**
 * Every open station matching the filters as compact [id, lat, lng, name] rows, for the clustered map and for
 * "near me" (computed in the browser). At 4,000 stations this is about 60 KB of JSON before compression; it is
 * fetched by the map after the page has rendered, and kept for a minute per filter.
 */
const pointsCache = ttlCache<MapPoint[]>(60_000, 50);
export function publicStationPoints(f: Pick<PublicStationFilters, "area" | "kind">): Promise<MapPoint[]> {
  return pointsCache.get(`${f.area ?? ""}:${f.kind ?? ""}`, async () => {
    const rows = await db.station.findMany({
      where: await publicWhere(f),
      orderBy: { id: "asc" },
      select: { id: true, lat: true, lng: true, name: true },
    });
    return rows.map((r) => [r.id, Number(r.lat), Number(r.lng), r.name] as MapPoint);
  });
}

/** Areas to filter the public list by: cities and districts with open stations, in tree order. */
const areasCache = ttlCache<{ id: number; name: string; level: RegionLevel; parentId: number | null }[]>(60_000);
export function publicAreaOptions() {
  return areasCache.get("all", async () => {
    const rows = await db.$queryRaw<{ id: number; name: string; level: RegionLevel; parentId: number | null }[]>`
      SELECT r.id, r.name, r.level, r."parentId" FROM "Region" r
      WHERE r.level IN ('CITY', 'DISTRICT')
        AND EXISTS (SELECT 1 FROM "Station" s JOIN "Region" sr ON sr.id = s."regionId"
                    WHERE s.active AND sr.path LIKE r.path || '%')
      ORDER BY r.path`;
    return rows;
  });
}

// A station that opens, closes or moves shows on every instance's map and area list at once (decision 0052).
onInvalidate("reference", () => {
  pointsCache.clear();
  areasCache.clear();
});

export async function countPublicStations() {
  return db.station.count({ where: { active: true } });
}

export async function getPublicStation(id: number, now = new Date()) {
  return db.station.findFirst({
    where: { id, active: true },
    select: {
      id: true,
      name: true,
      kind: true,
      address: true,
      lat: true,
      lng: true,
      openingHours: true,
      contactPhone: true,
      intro: true,
      starLevel: true,
      photo: { select: photoCardSelect },
      hasVenue: true,
      hasStaff: true,
      hasRules: true,
      hasActivities: true,
      hasFunding: true,
      hasEquipment: true,
      // How the station rose: the public history of its star assessments (no notes, which are internal).
      assessments: {
        orderBy: [{ assessedOn: "desc" }, { id: "desc" }],
        take: 10,
        select: { id: true, assessedOn: true, level: true, assessorName: true },
      },
      region: { select: { name: true } },
      deputies: {
        where: { deputy: { active: true } },
        orderBy: { deputyId: "asc" },
        select: {
          deputy: {
            select: {
              id: true,
              name: true,
              occupation: true,
              mandates: { select: { level: true } },
              photo: { select: { key: true } },
            },
          },
        },
        take: 50,
      },
      sessions: {
        where: { status: "PUBLISHED", startsAt: { gte: now } },
        orderBy: { startsAt: "asc" },
        take: 8,
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          theme: true,
          capacity: true,
          bookedCount: true,
          deputies: { select: { deputy: { select: { name: true } } } },
        },
      },
    },
  });
}

/** The stations a station admin runs. */
export async function managedStations(actor: Actor) {
  if (actor.role !== "STATION_ADMIN") return [];
  return db.station.findMany({
    where: { id: { in: [...actor.stationIds] } },
    orderBy: { id: "asc" },
    select: { id: true, name: true, address: true, _count: { select: { sessions: true } } },
  });
}
