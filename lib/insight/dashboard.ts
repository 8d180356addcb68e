// The figures of one slice, and the same figures broken down by category, by the next level of regions and by
// lead unit (docs/decisions/0020, 0023). One statement, so one snapshot: the settled measures of the period's whole
// months come from the monthly sums ("InsightMonthly"), its edge days from the fact rows, and "overdue" (which moves
// with the clock) from the fact rows of the whole period; a slice the sums cannot narrow (a station, a source, a
// deputy) is counted from the fact rows alone. Either way the sums are of the same conditions the lists use.
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { CivilDate } from "../calendar/civil-date.ts";
import { emptyFigures, figuresNow, measureCondition, MEASURE_KEYS, SETTLED_KEYS, settledSelect, type Figures } from "./measures.ts";
import { sliceConditions, type Slice } from "./filters.ts";
import { splitPeriod } from "./period.ts";
import { REFRESHED_KEY } from "./refresh.ts";

export type BreakdownRow = { id: number | null; name: string; figures: Figures };
export type Dashboard = {
  totals: Figures;
  byCategory: BreakdownRow[];
  byRegion: BreakdownRow[];
  byUnit: BreakdownRow[];
  refreshedAt: Date | null;
};

type SetRow = Figures & { g: number; key: number | null };
type Grouping = "category" | "region" | "unit";

/** The monthly sums carry region, category and lead unit only. */
const summable = (slice: Slice) => slice.station == null && slice.source == null && slice.deputy == null;

/** The region one level below the slice's region each row lies in (null: the region itself). */
function childRegionKey(slice: Slice): Prisma.Sql {
  const from = Prisma.raw(String(Math.trunc(slice.regionPath.length) + 1));
  return Prisma.sql`NULLIF(split_part(substr(f."regionPath", ${from}), '/', 1), '')::int`;
}

const SETTLED_COLUMNS = [...SETTLED_KEYS, "replySeconds", "replyTimed"];
const zeros = (columns: string[]) => Prisma.raw(columns.map((k) => `0 AS "${k}"`).join(", "));

/**
 * Counts the slice grouped by category, child region and lead unit (the finest grouping any dashboard table needs)
 * from up to four parts, then adds the parts up into the requested grouping sets. `g` says which set a row belongs
 * to: 0 totals, 1 category, 2 region, 3 lead unit.
 */
async function counted(slice: Slice, now: Date, sets: Grouping[]): Promise<SetRow[]> {
  const dims = Prisma.sql`f."categoryId" AS c, ${childRegionKey(slice)} AS r, f."leadUnitId" AS u`;
  const where = sliceConditions(slice);
  const facts = (from: CivilDate, to: CivilDate) => Prisma.sql`
    SELECT ${dims}, ${settledSelect()}, 0 AS overdue FROM "InsightFact" f
    WHERE ${where} AND f."submittedOn" BETWEEN ${from}::date AND ${to}::date GROUP BY 1, 2, 3`;
  const { months, days } = summable(slice) ? splitPeriod(slice.from, slice.to) : { months: null, days: [[slice.from, slice.to] as [CivilDate, CivilDate]] };
  const parts: Prisma.Sql[] = days.map(([from, to]) => facts(from, to));
  if (months) {
    parts.push(Prisma.sql`
      SELECT ${dims}, ${Prisma.raw(SETTLED_COLUMNS.map((k) => `f."${k}"`).join(", "))}, 0 AS overdue FROM "InsightMonthly" f
      WHERE ${where} AND f."month" BETWEEN ${months[0]}::date AND ${months[1]}::date`);
  }
  parts.push(Prisma.sql`
    SELECT ${dims}, ${zeros(SETTLED_COLUMNS)}, count(*)::int AS overdue FROM "InsightFact" f
    WHERE ${where} AND f."submittedOn" BETWEEN ${slice.from}::date AND ${slice.to}::date AND ${measureCondition("overdue", now)}
    GROUP BY 1, 2, 3`);
  const column: Record<Grouping, string> = { category: "c", region: "r", unit: "u" };
  const groupingSets = Prisma.raw(["()", ...sets.map((s) => `(p.${column[s]})`)].join(", "));
  // The first set whose column is grouped names the row; the rest is the totals row.
  const g = sets.length
    ? Prisma.raw(`CASE ${sets.map((s) => `WHEN grouping(p.${column[s]}) = 0 THEN ${["category", "region", "unit"].indexOf(s) + 1}`).join(" ")} ELSE 0 END`)
    : Prisma.raw("0");
  const key = sets.length ? Prisma.raw(`CASE ${sets.map((s) => `WHEN grouping(p.${column[s]}) = 0 THEN p.${column[s]}`).join(" ")} END`) : Prisma.raw("NULL::int");
  const sums = Prisma.raw(MEASURE_KEYS.map((k) => `COALESCE(sum(p."${k}"), 0)::int AS "${k}"`).join(", "));
  return db.$queryRaw<SetRow[]>`
    SELECT ${g} AS g, ${key} AS key, ${sums},
           round((sum(p."replySeconds") / NULLIF(sum(p."replyTimed"), 0) / 86400)::numeric, 1)::float8 AS "avgDaysToReply"
    FROM (${Prisma.join(parts, " UNION ALL ")}) p
    GROUP BY GROUPING SETS (${groupingSets})`;
}

function strip(row: SetRow): Figures {
  const { key, g, ...figures } = row;
  void key; // the group key and set are not figures
  void g;
  return figures;
}

export async function loadFigures(slice: Slice, now = figuresNow()): Promise<Figures> {
  const rows = await counted(slice, now, []);
  return rows[0] ? strip(rows[0]) : emptyFigures();
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

async function computeDashboard(slice: Slice, now: Date, refreshedAt: Date | null): Promise<Dashboard> {
  // Within one region (exact=1) there is no level below to break down by.
  const rows = await counted(slice, now, slice.regionExactId ? ["category", "unit"] : ["category", "region", "unit"]);
  const part = (g: number) => rows.filter((r) => r.g === g);
  const totals = part(0)[0] ? strip(part(0)[0]!) : emptyFigures();
  const cats = part(1);
  const regions = part(2);
  const units = part(3);
  const ids = (rows: SetRow[]) => rows.map((r) => r.key).filter((k): k is number => k != null);
  const [catNames, regionNames, unitNames] = await Promise.all([
    db.category.findMany({ where: { id: { in: ids(cats) } }, select: { id: true, name: true, sortOrder: true } }),
    db.region.findMany({ where: { id: { in: ids(regions) } }, select: { id: true, name: true, code: true } }),
    db.handlingUnit.findMany({ where: { id: { in: ids(units) } }, select: { id: true, name: true } }),
  ]);
  const named = (rows: SetRow[], names: { id: number; name: string }[], order: (a: BreakdownRow, b: BreakdownRow) => number) =>
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
