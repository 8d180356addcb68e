// How a dashboard's period is counted (lib/insight/dashboard.ts, docs/decisions/0023-monthly-figures.md, 0024):
// whole years from the yearly sums, whole months from the monthly sums and days from the fact rows. At each level
// an edge the period only partly covers is either read by its parts inside the period, or taken whole with its
// parts outside the period taken away, whichever reads fewer rows. The result is exact either way.
import { addDays, addMonths, dayNumber, type CivilDate } from "../calendar/civil-date.ts";

/** Dates counted from the level below: added (sign 1), or taken away from a whole unit above (sign -1). */
export type Range = { from: CivilDate; to: CivilDate; sign: 1 | -1 };

export type PeriodSplit = {
  /** The whole months the sums cover (first days of the first and last); null: the period is all edge days. */
  months: [CivilDate, CivilDate] | null;
  /** Those months as whole years from the yearly sums (1 January of the first and last year)... */
  years: [CivilDate, CivilDate] | null;
  /** ...plus or minus month ranges from the monthly sums (first days of months). */
  monthRanges: Range[];
  /** The period's days outside those months, added, or taken away from an edge month taken whole. */
  days: Range[];
};

/** Points (days or months) grouped into units (months or years). */
type Grain = {
  unitOf(point: CivilDate): CivilDate;
  lastOf(unit: CivilDate): CivilDate;
  step(point: CivilDate, n: number): CivilDate;
  /** The unit n units later. */
  nextUnit(unit: CivilDate, n: number): CivilDate;
  count(from: CivilDate, to: CivilDate): number;
};

const monthIndex = (d: CivilDate) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));

const DAYS: Grain = {
  unitOf: (d) => `${d.slice(0, 8)}01`,
  lastOf: (m) => addDays(addMonths(m, 1), -1),
  step: addDays,
  nextUnit: addMonths,
  count: (a, b) => Math.max(0, dayNumber(b) - dayNumber(a) + 1),
};

const MONTHS: Grain = {
  unitOf: (m) => `${m.slice(0, 4)}-01-01`,
  lastOf: (y) => `${y.slice(0, 4)}-12-01`,
  step: addMonths,
  nextUnit: (y, n) => addMonths(y, 12 * n),
  count: (a, b) => Math.max(0, monthIndex(b) - monthIndex(a) + 1),
};

/**
 * Points from..to as whole units plus signed ranges of points. `dataEnd` is the last point that can hold rows
 * (nothing is submitted after today): points after it cost nothing to take away, so a period that ends today
 * takes its last unit whole. It only chooses the cheaper split; both are exact.
 */
function split(
  from: CivilDate,
  to: CivilDate,
  g: Grain,
  dataEnd?: CivilDate,
): { whole: [CivilDate, CivilDate] | null; parts: Range[] } {
  const cost = (a: CivilDate, b: CivilDate) => g.count(a, dataEnd != null && dataEnd < b ? dataEnd : b);
  const parts: Range[] = [];
  const part = (a: CivilDate, b: CivilDate, sign: 1 | -1) => {
    if (a <= b) parts.push({ from: a, to: b, sign });
  };
  const firstUnit = g.unitOf(from);
  const lastUnit = g.unitOf(to);

  if (firstUnit === lastUnit) {
    const outside = cost(firstUnit, g.step(from, -1)) + cost(g.step(to, 1), g.lastOf(lastUnit));
    if (outside >= cost(from, to)) return { whole: null, parts: [{ from, to, sign: 1 }] };
    part(firstUnit, g.step(from, -1), -1);
    part(g.step(to, 1), g.lastOf(lastUnit), -1);
    return { whole: [firstUnit, firstUnit], parts };
  }

  let first = firstUnit;
  if (from !== firstUnit) {
    if (cost(firstUnit, g.step(from, -1)) < cost(from, g.lastOf(firstUnit))) part(firstUnit, g.step(from, -1), -1);
    else {
      part(from, g.lastOf(firstUnit), 1);
      first = g.nextUnit(firstUnit, 1);
    }
  }
  let last = lastUnit;
  if (to !== g.lastOf(lastUnit)) {
    if (cost(g.step(to, 1), g.lastOf(lastUnit)) < cost(lastUnit, to)) part(g.step(to, 1), g.lastOf(lastUnit), -1);
    else {
      part(lastUnit, to, 1);
      last = g.nextUnit(lastUnit, -1);
    }
  }
  return { whole: first <= last ? [first, last] : null, parts };
}

/** A period (Shanghai dates, both ends included) as years, month ranges and day ranges; `dataEnd` is today. */
export function splitPeriod(from: CivilDate, to: CivilDate, dataEnd?: CivilDate): PeriodSplit {
  const days = split(from, to, DAYS, dataEnd);
  if (!days.whole) return { months: null, years: null, monthRanges: [], days: days.parts };
  const months = split(days.whole[0], days.whole[1], MONTHS, dataEnd && DAYS.unitOf(dataEnd));
  return { months: days.whole, years: months.whole, monthRanges: months.parts, days: days.parts };
}
