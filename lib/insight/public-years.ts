// The years the public figures cover, newest first: from the portal's first year to this one (Beijing time).
import { shanghaiDateOf } from "../calendar/civil-date.ts";

const FIRST_YEAR = 2024;

export function publicYears(now = new Date()): number[] {
  const thisYear = Number(shanghaiDateOf(now).slice(0, 4));
  return Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
}

/** A year from a query string, or null when it is not one of publicYears(). */
export function publicYearOf(raw: string | null | undefined, now = new Date()): number | null {
  const years = publicYears(now);
  if (raw == null || raw === "") return years[0];
  return /^\d{4}$/.test(raw) && years.includes(Number(raw)) ? Number(raw) : null;
}
