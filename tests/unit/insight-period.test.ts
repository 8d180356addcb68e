import { describe, expect, it } from "vitest";
import { addDays, addMonths, dayNumber, fromDayNumber } from "@/lib/calendar/civil-date";
import { splitPeriod } from "@/lib/insight/period";

/** Every day of a period exactly once: the months' days plus the edge days. */
function days(p: ReturnType<typeof splitPeriod>): string[] {
  const out: string[] = [];
  const range = (a: string, b: string) => {
    for (let n = dayNumber(a); n <= dayNumber(b); n++) out.push(fromDayNumber(n));
  };
  if (p.months) range(p.months[0], addDays(addMonths(p.months[1], 1), -1));
  for (const [a, b] of p.days) range(a, b);
  return out.sort();
}

describe("a dashboard period split into whole months and edge days", () => {
  it("takes whole months from the sums and only the days outside them from the facts", () => {
    expect(splitPeriod("2026-01-05", "2026-11-22")).toEqual({ months: ["2026-02-01", "2026-10-01"], days: [["2026-01-05", "2026-01-31"], ["2026-11-01", "2026-11-22"]] });
    expect(splitPeriod("2026-03-01", "2026-03-31")).toEqual({ months: ["2026-03-01", "2026-03-01"], days: [] });
    expect(splitPeriod("2024-02-01", "2024-02-29")).toEqual({ months: ["2024-02-01", "2024-02-01"], days: [] });
    expect(splitPeriod("2025-12-15", "2026-01-31")).toEqual({ months: ["2026-01-01", "2026-01-01"], days: [["2025-12-15", "2025-12-31"]] });
  });

  it("counts a period inside one month, or across two partial months, from the facts alone", () => {
    expect(splitPeriod("2026-03-02", "2026-03-30")).toEqual({ months: null, days: [["2026-03-02", "2026-03-30"]] });
    expect(splitPeriod("2026-02-10", "2026-03-05")).toEqual({ months: null, days: [["2026-02-10", "2026-03-05"]] });
    expect(splitPeriod("2026-03-01", "2026-03-01")).toEqual({ months: null, days: [["2026-03-01", "2026-03-01"]] });
  });

  it("covers every day of any period exactly once", () => {
    const starts = ["2023-12-31", "2024-01-01", "2024-02-28", "2024-02-29", "2024-03-01", "2024-12-31"];
    for (const from of starts) {
      for (const len of [0, 1, 27, 28, 30, 31, 59, 60, 365, 400]) {
        const to = addDays(from, len);
        const expected = Array.from({ length: len + 1 }, (_, i) => addDays(from, i));
        expect({ from, to, days: days(splitPeriod(from, to)) }).toEqual({ from, to, days: expected });
      }
    }
  });
});
