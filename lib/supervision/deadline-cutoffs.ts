// Which due days have reached a supervision step today. Both rules are monotone in the due day (a later due day
// never reaches its step earlier), so each becomes one cutoff instant a job can use in SQL: every deadline at or
// before the cutoff has reached the step, none after it has.
import { addDays, endOfShanghaiDay, shanghaiDateOf, type CivilDate } from "../calendar/civil-date.ts";
import type { WorkCalendar } from "../calendar/working-days.ts";

// Far enough back for any holiday run plus the longest escalation window a setting allows (60 working days).
const LOOKBACK_DAYS = 200;

/** The day an overdue deadline is urged: the first working day after the due day. */
export function urgeDayFor(dueDate: CivilDate, cal: WorkCalendar): CivilDate {
  return cal.nextWorkingDay(addDays(dueDate, 1));
}

/** The day an item still overdue is escalated: `workingDays` working days after the due day. */
export function escalationDayFor(dueDate: CivilDate, workingDays: number, cal: WorkCalendar): CivilDate {
  return cal.addWorkingDays(dueDate, workingDays);
}

/** The end of the latest due day whose step day (`stepDay`) is on or before today; null when none is. */
export function cutoffFor(now: Date, stepDay: (dueDate: CivilDate) => CivilDate): Date | null {
  const today = shanghaiDateOf(now);
  for (let back = 1; back <= LOOKBACK_DAYS; back++) {
    const due = addDays(today, -back);
    if (stepDay(due) <= today) return endOfShanghaiDay(due);
  }
  return null;
}
