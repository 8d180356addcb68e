// Calendar dates ("YYYY-MM-DD") in Asia/Shanghai, and the conversions between them and instants.
// Mainland China has kept UTC+8 with no daylight saving since 1991, so a fixed offset is exact for every date
// the portal handles and does not depend on the machine's time zone or on the runtime's ICU data.

/** A calendar date in Asia/Shanghai, "YYYY-MM-DD". */
export type CivilDate = string;

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01; throws on anything that is not a real date (2026-02-30, "2026-2-3"). */
export function dayNumber(date: CivilDate): number {
  const m = PATTERN.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const n = ms / DAY_MS;
  if (fromDayNumber(n) !== date) throw new RangeError(`No such date: ${date}`);
  return n;
}

export function fromDayNumber(n: number): CivilDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(date: CivilDate): number {
  return Number(date.slice(0, 4));
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(date: CivilDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function addDays(date: CivilDate, n: number): CivilDate {
  return fromDayNumber(dayNumber(date) + n);
}

/** The same day-of-month n months later, clamped to the month's end (Jan 31 + 1 month = Feb 28 or 29). */
export function addMonths(date: CivilDate, n: number): CivilDate {
  dayNumber(date); // validate
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const monthIndex = m - 1 + n;
  const lastDay = new Date(Date.UTC(y, monthIndex + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(y, monthIndex, Math.min(d, lastDay)) / DAY_MS);
}

function assertInstant(instant: Date): number {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError("Invalid Date");
  return t;
}

/** The Shanghai calendar date an instant falls on. */
export function shanghaiDateOf(instant: Date): CivilDate {
  return fromDayNumber(Math.floor((assertInstant(instant) + SHANGHAI_OFFSET_MS) / DAY_MS));
}

/** 00:00:00.000 Shanghai time on the date. */
export function startOfShanghaiDay(date: CivilDate): Date {
  return new Date(dayNumber(date) * DAY_MS - SHANGHAI_OFFSET_MS);
}

/** 23:59:59.999 Shanghai time on the date: a deadline "on" a day lasts the whole day. */
export function endOfShanghaiDay(date: CivilDate): Date {
  return new Date((dayNumber(date) + 1) * DAY_MS - 1 - SHANGHAI_OFFSET_MS);
}

/** A `@db.Date` column arrives as midnight UTC of the stored date: read the UTC fields, not Shanghai's. */
export function fromDbDate(value: Date): CivilDate {
  return new Date(assertInstant(value)).toISOString().slice(0, 10);
}

/** The value to write into a `@db.Date` column for a date. */
export function toDbDate(date: CivilDate): Date {
  return new Date(dayNumber(date) * DAY_MS);
}
