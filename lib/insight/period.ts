// How a dashboard's period is counted: its whole calendar months from the monthly sums, the days at its edges from
// the fact rows (lib/insight/dashboard.ts, docs/decisions/0023-monthly-figures.md).
import { addDays, addMonths, type CivilDate } from "../calendar/civil-date.ts";

/** A period as its whole calendar months (first days of the first and last) and the days outside them. */
export function splitPeriod(from: CivilDate, to: CivilDate): { months: [CivilDate, CivilDate] | null; days: [CivilDate, CivilDate][] } {
  const first = from.endsWith("-01") ? from : addMonths(`${from.slice(0, 8)}01`, 1);
  const last = addDays(to, 1).endsWith("-01") ? `${to.slice(0, 8)}01` : addMonths(`${to.slice(0, 8)}01`, -1);
  if (first > last) return { months: null, days: [[from, to]] };
  const days: [CivilDate, CivilDate][] = [];
  if (from < first) days.push([from, addDays(first, -1)]);
  const after = addMonths(last, 1);
  if (after <= to) days.push([after, to]);
  return { months: [first, last], days };
}
