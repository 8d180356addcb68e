// The public figures (/stats): totals and rates for a year, by month, category and city, and handling units
// ranked by on-time replies and by satisfaction, each ranking only among units with at least MIN_RANKED items
// behind the rate (a unit with 3 items at 100 % is not the best unit). Counts only: nothing about any person.
// The same for every visitor, so kept in memory for five minutes per year, the fact table's own freshness
// (docs/decisions/0020), and rebuilt beside the visitors rather than in front of them.
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { countsSelect, rate, type Figures } from "./measures.ts";

export const MIN_RANKED = 20;
const TTL_MS = 5 * 60_000;

type Row = Figures & { key: number | null };
export type NamedFigures = { id: number; name: string; figures: Figures };
export type PublicStats = {
  year: number;
  totals: Figures;
  byMonth: { month: number; figures: Figures }[];
  byCategory: NamedFigures[];
  byCity: NamedFigures[];
  onTimeRanking: { name: string; rate: number; count: number }[];
  satisfactionRanking: { name: string; rate: number; count: number }[];
  computedAt: Date;
};

async function grouped(year: number, key: Prisma.Sql | null, now: Date): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT ${key ?? Prisma.sql`NULL::int`} AS key, ${countsSelect(now)}
    FROM "InsightFact" f
    WHERE f."submittedOn" BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date
    ${key ? Prisma.sql`GROUP BY 1` : Prisma.empty}`;
}

function strip(row: Row): Figures {
  const { key, ...figures } = row;
  void key; // the group key is not a figure
  return figures;
}

async function compute(year: number, now: Date): Promise<PublicStats> {
  const [[totals], months, cats, cities, units] = await Promise.all([
    grouped(year, null, now),
    grouped(year, Prisma.sql`extract(month FROM f."submittedOn")::int`, now),
    grouped(year, Prisma.sql`f."categoryId"`, now),
    grouped(year, Prisma.sql`split_part(f."regionPath", '/', 2)::int`, now),
    grouped(year, Prisma.sql`f."leadUnitId"`, now),
  ]);
  const ids = (rows: Row[]) => rows.map((r) => r.key).filter((k): k is number => k != null);
  const [catNames, cityNames, unitNames] = await Promise.all([
    db.category.findMany({
      where: { id: { in: ids(cats) } },
      select: { id: true, name: true, sortOrder: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
    db.region.findMany({
      where: { id: { in: ids(cities) } },
      select: { id: true, name: true },
      orderBy: { code: "asc" },
    }),
    db.handlingUnit.findMany({ where: { id: { in: ids(units) } }, select: { id: true, name: true } }),
  ]);
  const named = (rows: Row[], names: { id: number; name: string }[]) =>
    names.flatMap((n) => {
      const r = rows.find((x) => x.key === n.id);
      return r ? [{ id: n.id, name: n.name, figures: strip(r) }] : [];
    });
  const unitRows = named(units, unitNames);
  const ranking = (per: "replied" | "evaluated", value: (f: Figures) => number | null) =>
    unitRows
      .filter((u) => u.figures[per] >= MIN_RANKED)
      .map((u) => ({ name: u.name, rate: value(u.figures)!, count: u.figures[per] }))
      .sort((a, b) => b.rate - a.rate || b.count - a.count || a.name.localeCompare(b.name));
  return {
    year,
    totals: strip(totals),
    byMonth: months
      .filter((r) => r.key != null)
      .map((r) => ({ month: r.key!, figures: strip(r) }))
      .sort((a, b) => a.month - b.month),
    byCategory: named(cats, catNames),
    byCity: named(cities, cityNames),
    onTimeRanking: ranking("replied", (f) => rate(f, "onTimeRate")),
    // Satisfaction: satisfied and basically satisfied together, over the rated (both also shown separately).
    satisfactionRanking: ranking("evaluated", (f) => (f.satisfied + f.basicallySatisfied) / f.evaluated),
    computedAt: now,
  };
}

const cache = new Map<number, { at: number; value: Promise<PublicStats>; refreshing?: Promise<PublicStats> }>();

/**
 * The figures of a year. A visitor never waits for a rebuild once the year has been computed: past its five
 * minutes the kept figures are answered while one rebuild runs beside them and replaces them when done (a rebuild
 * at province scale takes about 2 s, which every visitor in that window used to wait). Only the very first visitor
 * of a year (or after a failed rebuild) waits.
 */
export function publicStats(year: number, now = new Date()): Promise<PublicStats> {
  const hit = cache.get(year);
  if (hit && now.getTime() - hit.at < TTL_MS) return hit.value;
  if (hit) {
    if (!hit.refreshing) {
      const refreshing = compute(year, now);
      hit.refreshing = refreshing;
      refreshing.then(
        () => cache.set(year, { at: now.getTime(), value: refreshing }),
        () => (hit.refreshing = undefined), // keep the old figures; the next visitor tries again
      );
    }
    return hit.value;
  }
  const value = compute(year, now);
  cache.set(year, { at: now.getTime(), value });
  value.catch(() => cache.delete(year));
  return value;
}
