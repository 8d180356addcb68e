// The working-day calendar: Monday–Friday, changed by the official holidays and make-up working days (调休)
// that admins enter per year. Pure: built from rows already loaded (see load-calendar.ts).
import type { CalendarDayKind } from "../generated/prisma/enums.ts";
import { addDays, dayNumber, fromDayNumber, weekdayOf, yearOf, type CivilDate } from "./civil-date.ts";

export interface WorkCalendarInput {
  /** Exception days: a weekday that is a holiday, or a weekend day that is a make-up working day. */
  days: Iterable<readonly [CivilDate, CalendarDayKind]>;
  /** Years whose official schedule has been entered (a CalendarYear row). */
  maintainedYears: Iterable<number>;
}

// Guards against a runaway loop from a nonsense amount (a typo of 7000 working days is ~27 years).
const MAX_SPAN_DAYS = 366 * 30;

export class WorkCalendar {
  private readonly exceptions = new Map<CivilDate, CalendarDayKind>();
  private readonly maintained: ReadonlySet<number>;

  constructor(input: WorkCalendarInput) {
    this.maintained = new Set(input.maintainedYears);
    for (const [date, kind] of input.days) {
      dayNumber(date); // reject malformed dates early rather than silently never matching them
      // Exceptions in a year without a CalendarYear row are ignored: an unmaintained year counts weekends only,
      // so a half-entered schedule never takes effect and the "not yet maintained" notice stays truthful.
      if (this.maintained.has(yearOf(date))) this.exceptions.set(date, kind);
    }
  }

  /** An empty calendar: weekends only, every year reported as a fallback. */
  static weekendsOnly(): WorkCalendar {
    return new WorkCalendar({ days: [], maintainedYears: [] });
  }

  isMaintained(year: number): boolean {
    return this.maintained.has(year);
  }

  get maintainedYears(): number[] {
    return [...this.maintained].sort((a, b) => a - b);
  }

  isWorkingDay(date: CivilDate): boolean {
    const exception = this.exceptions.get(date);
    if (exception) return exception === "WORKDAY";
    const weekday = weekdayOf(date);
    return weekday >= 1 && weekday <= 5;
  }

  /** `date` itself when it is a working day, otherwise the first working day after it. */
  nextWorkingDay(date: CivilDate): CivilDate {
    let d = date;
    for (let i = 0; !this.isWorkingDay(d); i++) {
      if (i > MAX_SPAN_DAYS) throw new RangeError(`No working day within ${MAX_SPAN_DAYS} days of ${date}`);
      d = addDays(d, 1);
    }
    return d;
  }

  /** The nth working day after `date` (n >= 1); `date` itself never counts, working day or not. */
  addWorkingDays(date: CivilDate, n: number): CivilDate {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`addWorkingDays needs a whole n >= 1, got ${n}`);
    let day = dayNumber(date);
    const limit = day + MAX_SPAN_DAYS;
    let left = n;
    while (left > 0) {
      day++;
      if (day > limit) throw new RangeError(`${n} working days after ${date} is too far`);
      if (this.isWorkingDay(fromDayNumber(day))) left--;
    }
    return fromDayNumber(day);
  }

  /**
   * Working days d with a < d <= b, so that workingDaysBetween(a, addWorkingDays(a, n)) === n.
   * Negative when b is before a; 0 when they are the same day.
   */
  workingDaysBetween(a: CivilDate, b: CivilDate): number {
    const from = dayNumber(a);
    const to = dayNumber(b);
    if (to < from) return -this.workingDaysBetween(b, a);
    if (to - from > MAX_SPAN_DAYS) throw new RangeError(`Span ${a}..${b} is too long`);
    let count = 0;
    for (let day = from + 1; day <= to; day++) if (this.isWorkingDay(fromDayNumber(day))) count++;
    return count;
  }

  /**
   * The years between a and b (inclusive, either order) that were counted weekends-only because nobody has
   * entered their schedule yet, e.g. [2027] for a due date that runs into an unmaintained 2027.
   */
  fallbackYears(a: CivilDate, b: CivilDate = a): number[] {
    dayNumber(a);
    dayNumber(b);
    const [lo, hi] = a <= b ? [yearOf(a), yearOf(b)] : [yearOf(b), yearOf(a)];
    const years: number[] = [];
    for (let y = lo; y <= hi; y++) if (!this.maintained.has(y)) years.push(y);
    return years;
  }
}
