// The official 2026 schedule (国务院办公厅, 2025-11-04), as the tests' own copy: not imported from lib/demo, so a
// mistake there cannot hide a mistake in the calendar code.
import type { CalendarDayKind } from "@/lib/generated/prisma/enums";
import { WorkCalendar } from "@/lib/calendar/working-days";

const HOLIDAY_RANGES: readonly [string, string][] = [
  ["2026-01-01", "2026-01-03"], // 元旦
  ["2026-02-15", "2026-02-23"], // 春节
  ["2026-04-04", "2026-04-06"], // 清明节
  ["2026-05-01", "2026-05-05"], // 劳动节
  ["2026-06-19", "2026-06-21"], // 端午节
  ["2026-09-25", "2026-09-27"], // 中秋节
  ["2026-10-01", "2026-10-07"], // 国庆节
];

/** 调休上班: Jan 4 (Sun), Feb 14 (Sat), Feb 28 (Sat), May 9 (Sat), Sep 20 (Sun), Oct 10 (Sat). */
export const MAKEUP_2026 = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"];

function expand(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

export const HOLIDAYS_2026 = HOLIDAY_RANGES.flatMap(([from, to]) => expand(from, to));

export const DAYS_2026: [string, CalendarDayKind][] = [
  ...HOLIDAYS_2026.map((d) => [d, "HOLIDAY"] as [string, CalendarDayKind]),
  ...MAKEUP_2026.map((d) => [d, "WORKDAY"] as [string, CalendarDayKind]),
];

/** 2026 maintained, 2027 not yet published. */
export const calendar2026 = () => new WorkCalendar({ days: DAYS_2026, maintainedYears: [2026] });

/** An instant given as Shanghai wall-clock time, e.g. sh("2026-02-13 09:30"). */
export const sh = (local: string) =>
  new Date(`${local.length === 10 ? `${local}T00:00` : local.replace(" ", "T")}+08:00`);
