import { describe, expect, it } from "vitest";
import { addDays, addMonths, dayNumber, fromDayNumber } from "@/lib/calendar/civil-date";
import { splitPeriod, type PeriodSplit } from "@/lib/insight/period";

/** How many times a split counts each day: years and month ranges and day ranges, each with its sign. */
function tally(p: PeriodSplit): Map<string, number> {
  const out = new Map<string, number>();
  const days = (a: string, b: string, sign: number) => {
    for (let n = dayNumber(a); n <= dayNumber(b); n++)
      out.set(fromDayNumber(n), (out.get(fromDayNumber(n)) ?? 0) + sign);
  };
  const endOfMonth = (m: string) => addDays(addMonths(m, 1), -1);
  if (p.years) days(p.years[0], endOfMonth(addMonths(p.years[1], 11)), 1);
  for (const m of p.monthRanges) days(m.from, endOfMonth(m.to), m.sign);
  for (const d of p.days) days(d.from, d.to, d.sign);
  return out;
}

/** The days counted once; every other day the split touches must come to zero. */
function counted(p: PeriodSplit): string[] {
  const t = tally(p);
  for (const [day, n] of t) if (n !== 0 && n !== 1) throw new Error(`${day} counted ${n} times`);
  return [...t]
    .filter(([, n]) => n === 1)
    .map(([d]) => d)
    .sort();
}

const plus = (from: string, to: string) => ({ from, to, sign: 1 });
const minus = (from: string, to: string) => ({ from, to, sign: -1 });

describe("a dashboard period split into years, months and days", () => {
  it("takes whole months from the sums and only the days outside them from the facts", () => {
    expect(splitPeriod("2026-02-25", "2026-05-08")).toEqual({
      months: ["2026-03-01", "2026-04-01"],
      years: null,
      monthRanges: [plus("2026-03-01", "2026-04-01")],
      days: [plus("2026-02-25", "2026-02-28"), plus("2026-05-01", "2026-05-08")],
    });
    expect(splitPeriod("2024-02-01", "2024-02-29")).toEqual({
      months: ["2024-02-01", "2024-02-01"],
      years: null,
      monthRanges: [plus("2024-02-01", "2024-02-01")],
      days: [],
    });
  });

  it("takes an edge month whole and the few days outside the period away, when that reads fewer days", () => {
    // 4 days away instead of 27 added; 10 days away instead of 21 added
    expect(splitPeriod("2026-01-05", "2026-03-21")).toMatchObject({
      months: ["2026-01-01", "2026-03-01"],
      days: [minus("2026-01-01", "2026-01-04"), minus("2026-03-22", "2026-03-31")],
    });
    // inside one month: 2 + 3 days away instead of 26 added
    expect(splitPeriod("2026-03-03", "2026-03-28")).toMatchObject({
      months: ["2026-03-01", "2026-03-01"],
      days: [minus("2026-03-01", "2026-03-02"), minus("2026-03-29", "2026-03-31")],
    });
  });

  it("takes whole years from the yearly sums, and an edge year whole less a few months", () => {
    expect(splitPeriod("2024-01-01", "2025-12-31")).toEqual({
      months: ["2024-01-01", "2025-12-01"],
      years: ["2024-01-01", "2025-01-01"],
      monthRanges: [],
      days: [],
    });
    // 2024 less January, 2025 whole, 2026 less December: 2 months away instead of 22 added
    expect(splitPeriod("2024-02-01", "2026-11-30")).toMatchObject({
      years: ["2024-01-01", "2026-01-01"],
      monthRanges: [minus("2024-01-01", "2024-01-01"), minus("2026-12-01", "2026-12-01")],
      days: [],
    });
    // two months of a year are added, not ten taken away
    expect(splitPeriod("2025-11-01", "2026-12-31")).toMatchObject({
      years: ["2026-01-01", "2026-01-01"],
      monthRanges: [plus("2025-11-01", "2025-12-01")],
    });
  });

  it("takes the current month and year whole when the period ends today: nothing is submitted after today", () => {
    expect(splitPeriod("2026-02-20", "2026-11-12", "2026-11-12")).toEqual({
      months: ["2026-03-01", "2026-11-01"],
      years: ["2026-01-01", "2026-01-01"],
      monthRanges: [minus("2026-01-01", "2026-02-01"), minus("2026-12-01", "2026-12-01")],
      days: [plus("2026-02-20", "2026-02-28"), minus("2026-11-13", "2026-11-30")],
    });
    // without knowing where the data ends, the same period adds its 12 days of November instead of 18 away
    expect(splitPeriod("2026-02-20", "2026-11-12").months).toEqual(["2026-03-01", "2026-10-01"]);
  });

  it("counts a short period inside one month, or across two partial months, from the facts alone", () => {
    expect(splitPeriod("2026-03-10", "2026-03-20")).toEqual({
      months: null,
      years: null,
      monthRanges: [],
      days: [plus("2026-03-10", "2026-03-20")],
    });
    expect(splitPeriod("2026-02-20", "2026-03-05")).toEqual({
      months: null,
      years: null,
      monthRanges: [],
      days: [plus("2026-02-20", "2026-02-28"), plus("2026-03-01", "2026-03-05")],
    });
  });

  it("counts every day of any period exactly once and no day outside it, wherever the data ends", () => {
    const starts = [
      "2023-12-31",
      "2024-01-01",
      "2024-01-02",
      "2024-02-28",
      "2024-02-29",
      "2024-03-01",
      "2024-03-17",
      "2024-07-01",
      "2024-12-31",
    ];
    for (const from of starts) {
      for (const len of [0, 1, 13, 27, 28, 30, 31, 45, 59, 60, 200, 300, 365, 366, 400, 700, 800, 1100]) {
        const to = addDays(from, len);
        const expected = Array.from({ length: len + 1 }, (_, i) => addDays(from, i));
        for (const dataEnd of [
          undefined,
          addDays(from, -40),
          from,
          addDays(to, -70),
          addDays(to, -3),
          to,
          addDays(to, 20),
        ]) {
          expect({ from, to, dataEnd, days: counted(splitPeriod(from, to, dataEnd)) }).toEqual({
            from,
            to,
            dataEnd,
            days: expected,
          });
        }
      }
    }
  });
});
