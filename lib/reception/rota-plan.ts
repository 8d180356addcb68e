// The rota as a pure function of the month, the public days, the station's deputies and the calendar
// (lib/reception/rota.ts writes it). Unit-tested against the official 2026 schedule.
import type { CivilDate } from "../calendar/civil-date.ts";
import type { WorkCalendar } from "../calendar/working-days.ts";
import { RECEPTION_RULES } from "./rules.ts";

export type PlannedSession = { date: CivilDate; moved: boolean; deputyIds: number[]; shortOfDeputies: boolean };

/**
 * Pure: the dates and who is on duty. `rotationStart` continues the rotation from earlier months. A deputy
 * `busy` on a date (on duty elsewhere at that hour, decision 0069) is passed over for the next one in rotation;
 * too few free deputies leaves the session short (a draft with the exception recorded).
 */
export function planRota(input: {
  month: string;
  days: readonly number[];
  deputyIds: readonly number[];
  rotationStart: number;
  calendar: WorkCalendar;
  busy?: (deputyId: number, date: CivilDate) => boolean;
}): PlannedSession[] {
  const busy = input.busy ?? (() => false);
  const deputies = [...input.deputyIds].sort((a, b) => a - b);
  const perSession = Math.min(RECEPTION_RULES.minDeputies, deputies.length);
  const seen = new Set<string>();
  const out: PlannedSession[] = [];
  let next = input.rotationStart;
  for (const day of input.days) {
    const wanted = `${input.month}-${String(day).padStart(2, "0")}`;
    const date = input.calendar.nextWorkingDay(wanted);
    if (seen.has(date)) continue; // two public days moved onto the same working day: one session
    seen.add(date);
    const onDuty: number[] = [];
    for (let i = 0; i < deputies.length && onDuty.length < perSession; i++) {
      const d = deputies[(next + i) % deputies.length];
      if (!busy(d, date)) onDuty.push(d);
    }
    next += perSession;
    out.push({
      date,
      moved: date !== wanted,
      deputyIds: onDuty,
      shortOfDeputies: onDuty.length < RECEPTION_RULES.minDeputies,
    });
  }
  return out;
}
