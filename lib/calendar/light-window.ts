// The deadlines that show a given light at a given moment, as instants, so a list can filter by light in SQL
// and colour fifty rows with the same answer `light()` gives, without counting working days row by row.
import { shanghaiDateOf, startOfShanghaiDay } from "./civil-date.ts";
import type { Light } from "./due-dates.ts";
import type { WorkCalendar } from "./working-days.ts";

// A yellow window longer than this is a mistyped setting; it still has to stay inside the calendar's span guard.
const MAX_YELLOW_DAYS = 1000;

/**
 * `light(dueAt, now, yellowWorkingDays, cal) === "yellow"` exactly when `from <= dueAt < until`
 * (red is `dueAt < now`, green is `dueAt >= until`).
 */
export function yellowWindow(now: Date, yellowWorkingDays: number, cal: WorkCalendar): { from: Date; until: Date } {
  const n = Math.min(Math.floor(yellowWorkingDays), MAX_YELLOW_DAYS);
  if (!(n >= 0)) return { from: now, until: now }; // negative or NaN: light() never shows yellow either
  // The first day whose deadline is more than n working days away: every earlier due day is yellow.
  const firstGreenDay = cal.addWorkingDays(shanghaiDateOf(now), n + 1);
  return { from: now, until: startOfShanghaiDay(firstGreenDay) };
}

/** The light of a deadline inside a window from yellowWindow(): the same answer as light(), without a day loop. */
export function lightIn(window: { from: Date; until: Date }, dueAt: Date): Light {
  if (dueAt.getTime() < window.from.getTime()) return "red";
  return dueAt.getTime() < window.until.getTime() ? "yellow" : "green";
}
