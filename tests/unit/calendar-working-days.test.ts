import { describe, expect, it } from "vitest";
import {
  addMonths,
  dayNumber,
  endOfShanghaiDay,
  fromDbDate,
  shanghaiDateOf,
  startOfShanghaiDay,
  toDbDate,
  weekdayOf,
} from "@/lib/calendar/civil-date";
import { WorkCalendar } from "@/lib/calendar/working-days";
import { calendar2026, HOLIDAYS_2026, MAKEUP_2026 } from "./calendar-2026.fixture";

const cal = calendar2026();

describe("Shanghai calendar dates", () => {
  it("takes the date in Asia/Shanghai, whatever the machine's zone", () => {
    expect(shanghaiDateOf(new Date("2026-02-12T15:59:59.999Z"))).toBe("2026-02-12");
    expect(shanghaiDateOf(new Date("2026-02-12T16:00:00.000Z"))).toBe("2026-02-13");
    expect(endOfShanghaiDay("2026-02-25").toISOString()).toBe("2026-02-25T15:59:59.999Z");
    expect(startOfShanghaiDay("2026-02-25").toISOString()).toBe("2026-02-24T16:00:00.000Z");
  });

  it("agrees with the runtime's own Asia/Shanghai rules", () => {
    const fmt = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Asia/Shanghai",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    for (let t = Date.UTC(2025, 11, 31, 12); t < Date.UTC(2028, 0, 2); t += 7 * 3_600_000 + 13 * 60_000) {
      expect(shanghaiDateOf(new Date(t))).toBe(fmt.format(new Date(t)));
    }
  });

  it("reads and writes @db.Date values as UTC midnight", () => {
    expect(toDbDate("2026-10-01").toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(fromDbDate(new Date("2026-10-01T00:00:00Z"))).toBe("2026-10-01");
  });

  it("rejects dates that do not exist", () => {
    expect(() => dayNumber("2026-02-29")).toThrow(RangeError);
    expect(() => dayNumber("2026-2-3")).toThrow(RangeError);
    expect(() => cal.isWorkingDay("tomorrow")).toThrow(RangeError);
    expect(() => shanghaiDateOf(new Date("nope"))).toThrow(RangeError);
  });

  it("adds months clamped to the month's end", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2026-03-15", 12)).toBe("2027-03-15");
  });
});

describe("the 2026 working-day calendar", () => {
  it("has the official holidays off, even on weekdays", () => {
    expect(HOLIDAYS_2026).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    for (const d of HOLIDAYS_2026) expect(cal.isWorkingDay(d), d).toBe(false);
  });

  it("works on the make-up weekend days", () => {
    for (const d of MAKEUP_2026) {
      expect([0, 6], d).toContain(weekdayOf(d));
      expect(cal.isWorkingDay(d), d).toBe(true);
    }
  });

  it("keeps ordinary weeks Monday to Friday", () => {
    expect(cal.isWorkingDay("2026-03-13")).toBe(true); // Fri
    expect(cal.isWorkingDay("2026-03-14")).toBe(false); // Sat
    expect(cal.isWorkingDay("2026-03-15")).toBe(false); // Sun
  });

  it("counts 3 working days from Fri 13 Feb across the Spring Festival: Sat 14 (调休), Tue 24, Wed 25", () => {
    expect(cal.addWorkingDays("2026-02-13", 1)).toBe("2026-02-14");
    expect(cal.addWorkingDays("2026-02-13", 2)).toBe("2026-02-24");
    expect(cal.addWorkingDays("2026-02-13", 3)).toBe("2026-02-25");
  });

  it("counts 7 working days across National Day: 8, 9, Sat 10 (调休), 12, 13, 14, 15 Oct", () => {
    expect(cal.addWorkingDays("2026-09-30", 7)).toBe("2026-10-15");
    // and across the Mid-Autumn holiday with its Sunday make-up day before it
    expect(cal.addWorkingDays("2026-09-18", 7)).toBe("2026-09-29");
  });

  it("never counts the starting day, working or not", () => {
    expect(cal.addWorkingDays("2026-03-16", 1)).toBe("2026-03-17"); // Mon -> Tue
    expect(cal.addWorkingDays("2026-10-03", 1)).toBe("2026-10-08"); // holiday -> first day back
    expect(() => cal.addWorkingDays("2026-03-16", 0)).toThrow(RangeError);
    expect(() => cal.addWorkingDays("2026-03-16", 1.5)).toThrow(RangeError);
  });

  it("finds the next working day", () => {
    expect(cal.nextWorkingDay("2026-02-25")).toBe("2026-02-25");
    expect(cal.nextWorkingDay("2026-02-15")).toBe("2026-02-24");
    expect(cal.nextWorkingDay("2026-10-01")).toBe("2026-10-08");
  });

  it("counts working days between two dates as the inverse of addWorkingDays", () => {
    expect(cal.workingDaysBetween("2026-02-13", "2026-02-25")).toBe(3);
    expect(cal.workingDaysBetween("2026-02-25", "2026-02-13")).toBe(-3);
    expect(cal.workingDaysBetween("2026-02-25", "2026-02-25")).toBe(0);
    expect(cal.workingDaysBetween("2026-09-30", "2026-10-08")).toBe(1);
    for (const [from, n] of [
      ["2026-01-01", 40],
      ["2026-04-30", 9],
      ["2026-12-20", 15],
    ] as const) {
      expect(cal.workingDaysBetween(from, cal.addWorkingDays(from, n))).toBe(n);
    }
  });

  it("has 248 working days in 2026: 365 - 104 weekend days - 19 weekday holidays + 6 make-up days", () => {
    // 2026 starts on a Thursday: 52 full weeks and one Thursday, so 104 weekend days. Of the 33 holiday days,
    // 14 fall on weekends: Jan 3; Feb 15, 21, 22; Apr 4, 5; May 2, 3; Jun 20, 21; Sep 26, 27; Oct 3, 4.
    const weekdayHolidays = HOLIDAYS_2026.filter((d) => ![0, 6].includes(weekdayOf(d))).length;
    expect(weekdayHolidays).toBe(19);
    expect(cal.workingDaysBetween("2025-12-31", "2026-12-31")).toBe(248);
  });
});

describe("a year nobody has maintained yet", () => {
  it("counts weekends only: New Year's Day 2027 is counted as a working day", () => {
    expect(cal.isMaintained(2026)).toBe(true);
    expect(cal.isMaintained(2027)).toBe(false);
    expect(cal.isWorkingDay("2027-01-01")).toBe(true); // Fri; the holiday is not entered yet
    expect(cal.addWorkingDays("2026-12-31", 3)).toBe("2027-01-05"); // Fri 1, Mon 4, Tue 5
  });

  it("says which years it fell back for", () => {
    expect(cal.fallbackYears("2026-12-31", "2027-01-05")).toEqual([2027]);
    expect(cal.fallbackYears("2026-03-01", "2026-06-01")).toEqual([]);
    expect(cal.fallbackYears("2028-02-01", "2025-06-01")).toEqual([2025, 2027, 2028]);
    expect(cal.maintainedYears).toEqual([2026]);
  });

  it("ignores exception days entered for a year not yet marked maintained", () => {
    const partial = new WorkCalendar({ days: [["2027-01-01", "HOLIDAY"]], maintainedYears: [2026] });
    expect(partial.isWorkingDay("2027-01-01")).toBe(true);
    const done = new WorkCalendar({ days: [["2027-01-01", "HOLIDAY"]], maintainedYears: [2026, 2027] });
    expect(done.isWorkingDay("2027-01-01")).toBe(false);
  });

  it("an empty calendar is Monday to Friday everywhere", () => {
    const empty = WorkCalendar.weekendsOnly();
    expect(empty.addWorkingDays("2026-02-13", 3)).toBe("2026-02-18");
    expect(empty.fallbackYears("2026-02-13")).toEqual([2026]);
  });
});
