// Day arithmetic in Asia/Shanghai (UTC+8 all year, no daylight saving) for the demo data.
// A "day" is an integer: days since 1970-01-01 in Shanghai local time.
import { HOLIDAYS_2026, MAKEUP_WORKDAYS_2026 } from "./data/calendar-2026.ts";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
const OFFSET = 8 * HOUR;

export const dayOf = (t: number): number => Math.floor((t + OFFSET) / DAY);

/** The instant of a local time on a day. */
export const at = (day: number, hour: number, minute = 0, second = 0): number =>
  day * DAY + hour * HOUR + minute * MINUTE + second * 1000 - OFFSET;

/** End of the local day: deadlines fall due at 23:59:59 Shanghai time. */
export const endOfDay = (day: number): number => at(day, 23, 59, 59);

export const ymd = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
export const dayFromYmd = (text: string): number => Date.parse(`${text}T00:00:00Z`) / DAY;
/** A @db.Date value: midnight UTC of the local date. */
export const dateOnly = (day: number): Date => new Date(day * DAY);
/** 0 = Sunday ... 6 = Saturday */
export const weekday = (day: number): number => new Date(day * DAY).getUTCDay();

const holidays = new Set<number>();
for (const h of HOLIDAYS_2026) {
  for (let d = dayFromYmd(h.from); d <= dayFromYmd(h.to); d++) holidays.add(d);
}
const makeupDays = new Set(MAKEUP_WORKDAYS_2026.map((m) => dayFromYmd(m.date)));

/** Years without a maintained calendar count weekends only, as the portal does. */
export function isWorkingDay(day: number): boolean {
  if (makeupDays.has(day)) return true;
  if (holidays.has(day)) return false;
  const w = weekday(day);
  return w >= 1 && w <= 5;
}

export function nextWorkingDay(day: number): number {
  let d = day;
  while (!isWorkingDay(d)) d++;
  return d;
}

/** The day n working days after `day` (n >= 1), not counting `day` itself. */
export function addWorkingDays(day: number, n: number): number {
  let d = day;
  let left = n;
  while (left > 0) {
    d++;
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** The same date n months later, clamped to the month's end (Jan 31 + 1 month = Feb 28). */
export function addMonths(day: number, n: number): number {
  const date = new Date(day * DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + n;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)) / DAY;
}

/** hour:minute on the k-th working day after t (k = 0: t's day if it is a working day); never before t. */
export function officeMoment(t: number, k: number, hour: number, minute: number): number {
  const base = dayOf(t);
  const day = k === 0 ? nextWorkingDay(base) : addWorkingDays(base, k);
  const candidate = at(day, hour, minute);
  if (candidate > t) return candidate;
  const localHour = Math.floor(((t + OFFSET) % DAY) / HOUR);
  if (isWorkingDay(dayOf(t)) && localHour >= 8 && localHour < 17) return t + (20 + (minute % 40)) * MINUTE;
  return at(addWorkingDays(dayOf(t), 1), hour, minute);
}
