// The figures of one slice, and the same figures broken down by category, by the next level of regions and by
// lead unit. All from "InsightFact" in one aggregate query each (docs/decisions/0020).
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { countsSelect, emptyFigures, figuresNow, type Figures } from "./measures.ts";
import { sliceWhere, type Slice } from "./filters.ts";
import { REFRESHED_KEY } from "./refresh.ts";

export type BreakdownRow = { id: number | null; name: string; figures: Figures };
export type Dashboard = {
  totals: Figures;
  byCategory: BreakdownRow[];
  byRegion: BreakdownRow[];
  byUnit: BreakdownRow[];
  refreshedAt: Date | null;
};

type Row = Figures & { key: number | null };

async function grouped(slice: Slice, now: Date, key: Prisma.Sql | null): Promise<Row[]> {
  const group = key ? Prisma.sql`GROUP BY 1` : Prisma.empty;
  return db.$queryRaw<Row[]>`
    SELECT ${key ?? Prisma.sql`NULL::int`} AS key, ${countsSelect(now)}
    FROM "InsightFact" f WHERE ${sliceWhere(slice)} ${group}`;
}

function strip(row: Row): Figures {
  const { key, ...figures } = row;
  void key; // the group key is not a figure
  return figures;
}

export async function loadFigures(slice: Slice, now = figuresNow()): Promise<Figures> {
  const [row] = await grouped(slice, now, null);
  return strip(row!);
}

/** The region one level below the slice's region each row lies in (null: the region itself). */
function childRegionKey(slice: Slice): Prisma.Sql {
  // A literal, not a parameter: the expression must read the same in SELECT and in GROUPING SETS.
  const from = Prisma.raw(String(Math.trunc(slice.regionPath.length) + 1));
  return Prisma.sql`NULLIF(split_part(substr(f."regionPath", ${from}), '/', 1), '')::int`;
}

// The figures only change when the fact table is rebuilt (every five minutes) and, for "overdue", with the clock
// (read to the minute: figuresNow). So a dashboard is kept per slice, snapshot and minute: people opening the same
// dashboard, or going back to it from a list, do not recount. At most CACHE_MAX slices, oldest dropped first.
const CACHE_MAX = 300;
const cache = new Map<string, Promise<Dashboard>>();

export async function loadDashboard(slice: Slice, now = figuresNow()): Promise<Dashboard> {
  const refreshedAt = await insightRefreshedAt();
  const key = JSON.stringify([slice, refreshedAt?.getTime() ?? 0, now.getTime()]);
  const hit = cache.get(key);
  if (hit) return hit;
  const value = computeDashboard(slice, now, refreshedAt);
  cache.set(key, value);
  value.catch(() => cache.delete(key));
  while (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value!);
  return value;
}

type SetRow = Figures & { g: number; key: number | null };

/**
 * Totals and the three breakdowns in one pass over the slice (GROUPING SETS): `g` says which grouping a row
 * belongs to (0 totals, 1 category, 2 area, 3 lead unit). One scan instead of four: measured in docs/performance.md.
 */
async function computeDashboard(slice: Slice, now: Date, refreshedAt: Date | null): Promise<Dashboard> {
  const region = childRegionKey(slice);
  const byRegion = !slice.regionExactId;
  const rows = await db.$queryRaw<SetRow[]>`
    SELECT CASE
             WHEN grouping(f."categoryId") = 0 THEN 1
             WHEN ${byRegion ? Prisma.sql`grouping(${region}) = 0` : Prisma.sql`false`} THEN 2
             WHEN grouping(f."leadUnitId") = 0 THEN 3
             ELSE 0
           END AS g,
           COALESCE(${byRegion ? Prisma.sql`CASE WHEN grouping(${region}) = 0 THEN ${region} END` : Prisma.sql`NULL::int`},
                    f."categoryId", f."leadUnitId") AS key,
           ${countsSelect(now)}
    FROM "InsightFact" f WHERE ${sliceWhere(slice)}
    GROUP BY GROUPING SETS ((), (f."categoryId"), ${byRegion ? Prisma.sql`(${region}),` : Prisma.empty} (f."leadUnitId"))`;
  const part = (g: number): Row[] =>
    rows
      .filter((r) => r.g === g)
      .map((r) => {
        const { g: group, ...row } = r;
        void group;
        return row;
      });
  const totals = strip(part(0)[0] ?? { ...emptyFigures(), key: null });
  const cats = part(1);
  const regions = part(2);
  const units = part(3);
  const ids = (rows: Row[]) => rows.map((r) => r.key).filter((k): k is number => k != null);
  const [catNames, regionNames, unitNames] = await Promise.all([
    db.category.findMany({ where: { id: { in: ids(cats) } }, select: { id: true, name: true, sortOrder: true } }),
    db.region.findMany({ where: { id: { in: ids(regions) } }, select: { id: true, name: true, code: true } }),
    db.handlingUnit.findMany({ where: { id: { in: ids(units) } }, select: { id: true, name: true } }),
  ]);
  const named = (rows: Row[], names: { id: number; name: string }[], order: (a: BreakdownRow, b: BreakdownRow) => number) =>
    rows
      .map((r) => ({ id: r.key, name: names.find((n) => n.id === r.key)?.name ?? "", figures: strip(r) }))
      .sort(order);
  const byReceived = (a: BreakdownRow, b: BreakdownRow) => b.figures.received - a.figures.received || (a.id ?? 0) - (b.id ?? 0);
  const catOrder = new Map(catNames.map((c) => [c.id, c.sortOrder]));
  return {
    totals,
    byCategory: named(cats, catNames, (a, b) => (catOrder.get(a.id!) ?? 0) - (catOrder.get(b.id!) ?? 0) || (a.id ?? 0) - (b.id ?? 0)),
    byRegion: named(regions, regionNames, byReceived),
    // Units: only assigned items have a lead unit; the unassigned are not a unit.
    byUnit: named(units.filter((u) => u.key != null), unitNames, byReceived),
    refreshedAt,
  };
}

export async function insightRefreshedAt(): Promise<Date | null> {
  const row = await db.setting.findUnique({ where: { key: REFRESHED_KEY }, select: { value: true } });
  return typeof row?.value === "string" ? new Date(row.value) : null;
}
