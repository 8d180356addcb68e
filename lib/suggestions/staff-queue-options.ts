// The choices for the staff queue's filter form: categories, the areas in the actor's scope, and the stations of
// the chosen area. Public reference data, but only the actor's own subtree is offered.
import { onInvalidate } from "../cache/shared-invalidation.ts";
import { ttlCache } from "../cache/ttl-cache.ts";
import { db } from "../db.ts";
import type { Actor } from "../auth/permissions.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { RegionLevel } from "../generated/prisma/enums.ts";
import type { QueueFilters } from "./staff-queue.ts";

export type QueueOptions = {
  categories: { id: number; name: string }[];
  /** Districts and townships in scope, in tree order; a township names its district. */
  regions: {
    id: number;
    name: string;
    level: RegionLevel;
    districtName: string | null;
  }[];
  /** Stations in the chosen region (null: no region chosen, so no list is offered). */
  stations: { id: number; name: string; regionName: string }[] | null;
  /** True when the chosen region has more stations than the list shows. */
  stationsTruncated: boolean;
};

const MAX_REGION_OPTIONS = 2000;
/** Up to this many areas the form offers every district and township; past it (a province: 1,600 and more, most
 *  of the queue page's weight) only the districts, plus the townships of the district chosen. */
export const MAX_FULL_REGION_OPTIONS = 300;
export const MAX_STATION_OPTIONS = 400;

// Categories and the region tree change a few times a year but are read on every queue page: kept for a minute.
const readCategories = () =>
  db.category.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, name: true } });
const readRegions = (scopePath: string) =>
  db.region.findMany({
    where: { path: { startsWith: scopePath }, level: { in: ["DISTRICT", "TOWNSHIP"] } },
    orderBy: { path: "asc" },
    take: MAX_REGION_OPTIONS,
    select: { id: true, name: true, level: true, parentId: true },
  });
const categoriesCache = ttlCache<Awaited<ReturnType<typeof readCategories>>>(60_000);
const regionsCache = ttlCache<Awaited<ReturnType<typeof readRegions>>>(60_000);
onInvalidate("reference", () => {
  categoriesCache.clear();
  regionsCache.clear();
});

/**
 * The choices for the filter form. Regions come from the actor's own region subtree; stations only once a
 * region narrows them (a city can have hundreds, a province thousands), grouped by township in the form.
 */
export async function queueFilterOptions(
  actor: Actor,
  applied: Pick<QueueFilters, "region" | "station">,
): Promise<QueueOptions> {
  const scopePath = actor.regionPath;
  const [categories, regions, chosen] = await Promise.all([
    categoriesCache.get("all", readCategories),
    scopePath ? regionsCache.get(scopePath, () => readRegions(scopePath)) : [],
    applied.region
      ? db.region.findUnique({ where: { id: applied.region }, select: { path: true, level: true, parentId: true } })
      : null,
  ]);
  let stations: QueueOptions["stations"] = null;
  let stationsTruncated = false;
  const stationWhere: Prisma.StationWhereInput | null = chosen
    ? { region: { path: { startsWith: chosen.path } } }
    : applied.station
      ? { id: applied.station }
      : null;
  if (stationWhere && scopePath) {
    const found = await db.station.findMany({
      where: { AND: [stationWhere, { region: { path: { startsWith: scopePath } } }] },
      orderBy: [{ regionId: "asc" }, { name: "asc" }, { id: "asc" }],
      take: MAX_STATION_OPTIONS + 1,
      select: { id: true, name: true, region: { select: { name: true } } },
    });
    stationsTruncated = found.length > MAX_STATION_OPTIONS;
    stations = found.slice(0, MAX_STATION_OPTIONS).map((s) => ({ id: s.id, name: s.name, regionName: s.region.name }));
  }
  const districts = new Map(regions.filter((r) => r.level === "DISTRICT").map((r) => [r.id, r.name]));
  const openDistrict = chosen && (chosen.level === "TOWNSHIP" ? chosen.parentId : applied.region);
  const offered =
    regions.length <= MAX_FULL_REGION_OPTIONS
      ? regions
      : regions.filter((r) => r.level === "DISTRICT" || (r.level === "TOWNSHIP" && r.parentId === openDistrict));
  return {
    categories,
    regions: offered.map((r) => ({
      id: r.id,
      name: r.name,
      level: r.level,
      // A township's district is in the same list whenever the actor's scope covers the district.
      districtName: r.level === "TOWNSHIP" ? (districts.get(r.parentId ?? 0) ?? null) : null,
    })),
    stations,
    stationsTruncated,
  };
}
