// The figures of one slice, and the same figures broken down by category, by the next level of regions and by
// lead unit (docs/decisions/0020, 0023, 0024). One statement, so one snapshot of the fact rows, the sums and the
// refresh stamp: the period's whole years come from the yearly sums ("InsightYearly"), other whole months from the
// monthly sums ("InsightMonthly") and the days at its edges from the fact rows; at each level an edge is added, or
// taken away from a whole month or year when that reads fewer rows (period.ts). A slice the sums cannot narrow (a
// station, a source, a deputy), and any slice before the first rebuild has written the sums, is counted from the
// fact rows alone.
// The sums and the lists use the same conditions (measures.ts), so every number is the length of its list.
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { addDays, addMonths, shanghaiDateOf, type CivilDate } from "../calendar/civil-date.ts";
import {
  avgDaysToReply,
  emptyFigures,
  figuresNow,
  MEASURE_KEYS,
  OPEN_CONDITION,
  SUMMABLE_COLUMNS,
  summableSelect,
  summedColumns,
  type Figures,
} from "./measures.ts";
import { sliceConditions, type Slice } from "./filters.ts";
import { splitPeriod, type PeriodSplit } from "./period.ts";
import { REFRESHED_KEY } from "./refresh.ts";
import { insightRefreshedAt, snapshotCache } from "./snapshot.ts";

export type BreakdownRow = { id: number | null; name: string; figures: Figures };
export type Dashboard = {
  totals: Figures;
  byCategory: BreakdownRow[];
  byRegion: BreakdownRow[];
  byUnit: BreakdownRow[];
  refreshedAt: Date | null;
};

type SetRow = Figures & { g: number; key: number | null; name: string | null; sortOrder: number | null };
type Grouping = "category" | "region" | "unit";
const SET_NUMBER: Record<Grouping, number> = { category: 1, region: 2, unit: 3 };
const SET_COLUMN: Record<Grouping, string> = { category: "c", region: "r", unit: "u" };

/** The monthly sums carry region, category and lead unit only. */
const summable = (slice: Slice) => slice.station == null && slice.source == null && slice.deputy == null;

/** The region one level below the slice's region each row lies in (null: the region itself). */
function childRegionKey(slice: Slice): Prisma.Sql {
  const from = Prisma.raw(String(Math.trunc(slice.regionPath.length) + 1));
  return Prisma.sql`NULLIF(split_part(substr(f."regionPath", ${from}), '/', 1), '')::int`;
}

const zerosBut = (column: string, value: Prisma.Sql) =>
  Prisma.join(
    SUMMABLE_COLUMNS.map((k) =>
      k === column ? Prisma.sql`${value} AS ${Prisma.raw(`"${k}"`)}` : Prisma.raw(`0 AS "${k}"`),
    ),
    ", ",
  );
/** The sums, by the column that dates their rows (the first day of the year or month). */
const SUMS_TABLE = { year: `"InsightYearly"`, month: `"InsightMonthly"` } as const;
/** When the sums were made (their "overdue" is as of then), read in the same snapshot as they are. */
const STAMP = Prisma.sql`(SELECT (value #>> '{}')::timestamptz FROM "Setting" WHERE key = ${REFRESHED_KEY})`;

/**
 * Counts the slice grouped by category, child region and lead unit (the finest grouping any dashboard table needs)
 * from the parts of its period, then adds the parts up into the requested grouping sets, with the names of what each
 * row is grouped by. `g` says which set a row belongs to: 0 totals, 1 category, 2 region, 3 lead unit.
 * `stamped`: the refresh stamp was there when read. It is only ever written with the sums and never removed, so
 * the sums are there for this statement too; without it every day is counted from the fact rows.
 */
async function counted(slice: Slice, now: Date, sets: Grouping[], stamped: boolean): Promise<SetRow[]> {
  const dims = Prisma.sql`f."categoryId" AS c, ${childRegionKey(slice)} AS r, f."leadUnitId" AS u`;
  const where = sliceConditions(slice);
  const facts = (from: CivilDate, to: CivilDate) => Prisma.sql`
    SELECT ${dims}, ${summableSelect(now)} FROM "InsightFact" f
    WHERE ${where} AND f."submittedOn" BETWEEN ${from}::date AND ${to}::date GROUP BY 1, 2, 3`;
  const sums = (level: keyof typeof SUMS_TABLE, from: CivilDate, to: CivilDate) => Prisma.sql`
    SELECT ${dims}, ${summedColumns("f")} FROM ${Prisma.raw(SUMS_TABLE[level])} f
    WHERE ${where} AND f.${Prisma.raw(`"${level}"`)} BETWEEN ${from}::date AND ${to}::date
    GROUP BY 1, 2, 3`;
  // A range taken away from a whole month or year: the same counts, negated.
  const signed = (sign: 1 | -1, rows: Prisma.Sql) =>
    sign === 1
      ? rows
      : Prisma.sql`SELECT n.c, n.r, n.u, ${Prisma.raw(SUMMABLE_COLUMNS.map((k) => `-n."${k}" AS "${k}"`).join(", "))} FROM (${rows}) n`;
  const { months, years, monthRanges, days }: PeriodSplit =
    stamped && summable(slice)
      ? splitPeriod(slice.from, slice.to, shanghaiDateOf(now))
      : { months: null, years: null, monthRanges: [], days: [{ from: slice.from, to: slice.to, sign: 1 }] };
  const parts: Prisma.Sql[] = days.map((d) => signed(d.sign, facts(d.from, d.to)));
  if (months) {
    const monthsEnd = addDays(addMonths(months[1], 1), -1);
    if (years) parts.push(sums("year", years[0], years[1]));
    for (const m of monthRanges) parts.push(signed(m.sign, sums("month", m.from, m.to)));
    // The sums counted "overdue" as of the stamp; open items of those months falling due between the stamp and now
    // are added (or, when now is the minute before the stamp, taken away). Few rows, on the open items' index.
    // The stamp is read in the statement, so it is the one written with the sums it reads.
    parts.push(Prisma.sql`
      SELECT ${dims}, ${zerosBut("overdue", Prisma.sql`count(*) FILTER (WHERE f."dueAt" < ${now}) - count(*) FILTER (WHERE f."dueAt" >= ${now})`)}
      FROM "InsightFact" f
      WHERE ${where} AND f."submittedOn" BETWEEN ${months[0]}::date AND ${monthsEnd}::date AND ${OPEN_CONDITION}
        AND f."dueAt" >= LEAST(${STAMP}, ${now}) AND f."dueAt" < GREATEST(${STAMP}, ${now})
      GROUP BY 1, 2, 3`);
  }
  const groupingSets = Prisma.raw(["()", ...sets.map((s) => `(p.${SET_COLUMN[s]})`)].join(", "));
  // The first set whose column is grouped names the row; the rest is the totals row.
  const g = Prisma.raw(
    sets.length
      ? `CASE ${sets.map((s) => `WHEN grouping(p.${SET_COLUMN[s]}) = 0 THEN ${SET_NUMBER[s]}`).join(" ")} ELSE 0 END`
      : "0",
  );
  const key = Prisma.raw(
    sets.length
      ? `CASE ${sets.map((s) => `WHEN grouping(p.${SET_COLUMN[s]}) = 0 THEN p.${SET_COLUMN[s]}`).join(" ")} END`
      : "NULL::int",
  );
  const counts = Prisma.raw(MEASURE_KEYS.map((k) => `COALESCE(sum(p."${k}"), 0)::int AS "${k}"`).join(", "));
  return db.$queryRaw<SetRow[]>`
    SELECT x.*, COALESCE(cat.name, reg.name, unit.name) AS name, cat."sortOrder"
    FROM (
      SELECT ${g} AS g, ${key} AS key, ${counts}, ${avgDaysToReply(Prisma.sql`sum(p."replySeconds")`, Prisma.sql`sum(p."replyTimed")`)}
      FROM (${Prisma.join(parts, " UNION ALL ")}) p
      GROUP BY GROUPING SETS (${groupingSets})
      -- a group whose items all lie in days taken away nets to nothing: no row, as if never counted
      HAVING COALESCE(sum(p."received"), 0) > 0
    ) x
    LEFT JOIN "Category" cat ON x.g = 1 AND cat.id = x.key
    LEFT JOIN "Region" reg ON x.g = 2 AND reg.id = x.key
    LEFT JOIN "HandlingUnit" unit ON x.g = 3 AND unit.id = x.key`;
}

function strip(row: SetRow): Figures {
  const { key, g, name, sortOrder, ...figures } = row;
  void [key, g, name, sortOrder]; // what a row is grouped by, not figures
  return figures;
}

export async function loadFigures(slice: Slice, now = figuresNow()): Promise<Figures> {
  const rows = await counted(slice, now, [], (await insightRefreshedAt()) != null);
  return rows[0] ? strip(rows[0]) : emptyFigures();
}

// People opening the same dashboard, or going back to it from a list, do not recount (snapshot.ts says why that
// is exact). At most 300 slices.
const dashboards = snapshotCache<Dashboard>(300);

export function loadDashboard(slice: Slice, now = figuresNow()): Promise<Dashboard> {
  return dashboards.get(slice, now, (refreshedAt) => computeDashboard(slice, now, refreshedAt));
}

async function computeDashboard(slice: Slice, now: Date, refreshedAt: Date | null): Promise<Dashboard> {
  // Within one region (exact=1) there is no level below to break down by.
  const rows = await counted(
    slice,
    now,
    slice.regionExactId ? ["category", "unit"] : ["category", "region", "unit"],
    refreshedAt != null,
  );
  const part = (g: number) =>
    rows
      .filter((r) => r.g === g)
      .map((r): BreakdownRow & { sortOrder: number } => ({
        id: r.key,
        name: r.name ?? "",
        figures: strip(r),
        sortOrder: r.sortOrder ?? 0,
      }));
  const total = rows.find((r) => r.g === 0);
  const byReceived = (a: BreakdownRow, b: BreakdownRow) =>
    b.figures.received - a.figures.received || (a.id ?? 0) - (b.id ?? 0);
  return {
    totals: total ? strip(total) : emptyFigures(),
    byCategory: part(1).sort((a, b) => a.sortOrder - b.sortOrder || (a.id ?? 0) - (b.id ?? 0)),
    byRegion: part(2).sort(byReceived),
    // Units: only assigned items have a lead unit; the unassigned are not a unit.
    byUnit: part(3)
      .filter((u) => u.id != null)
      .sort(byReceived),
    refreshedAt,
  };
}
