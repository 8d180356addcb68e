// Loads the working-day calendar, the time-limit rules and small settings from the database.
import { invalidate, onInvalidate } from "../cache/shared-invalidation.ts";
import { ttlCache } from "../cache/ttl-cache.ts";
import { db, type Tx } from "../db.ts";
import type { DueStage, DueUnit, SuggestionKind, SuggestionSource } from "../generated/prisma/enums.ts";
import { fromDbDate, toDbDate } from "./civil-date.ts";
import { WorkCalendar } from "./working-days.ts";

// The calendar changes a few times a year and is read on nearly every list page (the lights).
const cache = ttlCache<WorkCalendar>(60_000);
onInvalidate("calendar", () => cache.clear());

/** Call after editing CalendarDay or CalendarYear: every process stops using its cached calendar. */
export function invalidateCalendarCache(): Promise<void> {
  return invalidate("calendar");
}

/**
 * The calendar, cached for 60 s per process (cleared everywhere at once by an edit). Reads through a transaction client are never cached: a
 * transaction that has just edited the calendar must see its own rows.
 * With `years`, only those years are read, and every other year counts as not maintained (weekends only).
 */
export async function loadWorkCalendar(tx: Tx = db, years?: readonly number[]): Promise<WorkCalendar> {
  if (tx !== db) return readCalendar(tx, years);
  const key = years ? [...new Set(years)].sort((a, b) => a - b).join(",") : "*";
  return cache.get(key, () => readCalendar(db, years));
}

function yearRange(year: number) {
  if (!Number.isInteger(year) || year < 1000 || year > 9998) throw new RangeError(`Bad calendar year ${year}`);
  return { gte: toDbDate(`${year}-01-01`), lt: toDbDate(`${year + 1}-01-01`) };
}

async function readCalendar(tx: Tx, years?: readonly number[]): Promise<WorkCalendar> {
  if (years && years.length === 0) return WorkCalendar.weekendsOnly();
  const [dayRows, yearRows] = await Promise.all([
    tx.calendarDay.findMany({
      where: years ? { OR: years.map((y) => ({ date: yearRange(y) })) } : {},
      select: { date: true, kind: true },
    }),
    tx.calendarYear.findMany({ where: years ? { year: { in: [...years] } } : {}, select: { year: true } }),
  ]);
  return new WorkCalendar({
    days: dayRows.map((r) => [fromDbDate(r.date), r.kind] as const),
    maintainedYears: yearRows.map((r) => r.year),
  });
}

export interface DueDateRuleRow {
  id: number;
  stage: DueStage;
  kind: SuggestionKind | null;
  source: SuggestionSource | null;
  categoryId: number | null;
  amount: number;
  unit: DueUnit;
}

/** All time-limit rules, oldest first (pickRule breaks a tie in favour of the earlier rule). Not cached. */
export async function loadDueRules(tx: Tx = db): Promise<DueDateRuleRow[]> {
  return tx.dueDateRule.findMany({
    select: { id: true, stage: true, kind: true, source: true, categoryId: true, amount: true, unit: true },
    orderBy: { id: "asc" },
  });
}

/**
 * A setting's value, or `fallback` when the key is missing or holds a value of a different JSON type than the
 * fallback (e.g. "3" where a number is expected): a mistyped setting must not break every page. Not cached.
 */
export async function getSetting<T>(key: string, fallback: T, tx: Tx = db): Promise<T> {
  const row = await tx.setting.findUnique({ where: { key }, select: { value: true } });
  const value: unknown = row?.value;
  if (value === undefined || value === null || !sameJsonType(value, fallback)) return fallback;
  return value as T;
}

function sameJsonType(value: unknown, fallback: unknown): boolean {
  if (fallback === null || fallback === undefined) return true; // nothing to compare against
  if (Array.isArray(fallback)) return Array.isArray(value);
  if (typeof fallback === "number") return typeof value === "number" && Number.isFinite(value);
  return typeof value === typeof fallback && !Array.isArray(value);
}
