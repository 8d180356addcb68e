import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toDbDate } from "@/lib/calendar/civil-date";
import { computeDue, pickRule } from "@/lib/calendar/due-dates";
import { getSetting, invalidateCalendarCache, loadDueRules, loadWorkCalendar } from "@/lib/calendar/load-calendar";
import { DAYS_2026, sh } from "../unit/calendar-2026.fixture";

beforeAll(async () => {
  await db.calendarDay.createMany({
    data: DAYS_2026.map(([date, kind]) => ({ date: toDbDate(date), kind, name: kind })),
  });
  await db.calendarYear.create({ data: { year: 2026, source: "test" } });
  await invalidateCalendarCache();
});

describe("loadWorkCalendar", () => {
  it("reads the 2026 schedule from CalendarDay and CalendarYear", async () => {
    const cal = await loadWorkCalendar();
    expect(cal.maintainedYears).toEqual([2026]);
    expect(cal.isWorkingDay("2026-02-14")).toBe(true);
    expect(cal.isWorkingDay("2026-10-01")).toBe(false);
    expect(cal.addWorkingDays("2026-02-13", 3)).toBe("2026-02-25");
    expect(cal.fallbackYears("2026-12-31", "2027-01-05")).toEqual([2027]);
  });

  it("serves the cached calendar until invalidated", async () => {
    const before = await loadWorkCalendar();
    await db.calendarYear.create({ data: { year: 2027, source: "test" } });
    await db.calendarDay.create({ data: { date: toDbDate("2027-01-01"), kind: "HOLIDAY", name: "元旦" } });
    expect(await loadWorkCalendar()).toBe(before);
    await invalidateCalendarCache();
    const after = await loadWorkCalendar();
    expect(after.isMaintained(2027)).toBe(true);
    expect(after.isWorkingDay("2027-01-01")).toBe(false);
  });

  it("reads fresh through a transaction, and only the requested years", async () => {
    const rollback = db.$transaction(async (tx) => {
      await tx.calendarDay.create({ data: { date: toDbDate("2026-03-16"), kind: "HOLIDAY", name: "test" } });
      const cal = await loadWorkCalendar(tx, [2026]);
      expect(cal.isWorkingDay("2026-03-16")).toBe(false);
      expect(cal.isMaintained(2027)).toBe(false);
      throw new Error("rollback");
    });
    await expect(rollback).rejects.toThrow("rollback");
    expect((await loadWorkCalendar(db, [2026])).isWorkingDay("2026-03-16")).toBe(true);
  });
});

describe("loadDueRules and getSetting", () => {
  it("picks the most specific stored rule and computes its due date", async () => {
    await db.dueDateRule.createMany({
      data: [
        { stage: "CLOSE", kind: "OPINION", amount: 15, unit: "WORKING_DAYS" },
        { stage: "CLOSE", kind: "OPINION", source: "HOTLINE", amount: 3, unit: "WORKING_DAYS" },
      ],
    });
    const rules = await loadDueRules();
    const rule = pickRule(rules, { stage: "CLOSE", kind: "OPINION", source: "HOTLINE", categoryId: null });
    expect(rule).toMatchObject({ amount: 3, source: "HOTLINE" });
    const cal = await loadWorkCalendar();
    expect(computeDue(sh("2026-02-13 09:00"), rule!, cal).dueDate).toBe("2026-02-25");
  });

  it("returns the stored value, or the fallback when missing or of the wrong type", async () => {
    await db.setting.createMany({
      data: [
        { key: "yellowLightWorkingDays", value: 2 },
        { key: "bookingWaitlistEnabled", value: false },
        { key: "rateWindowDays", value: "15" },
      ],
    });
    expect(await getSetting("yellowLightWorkingDays", 3)).toBe(2);
    expect(await getSetting("bookingWaitlistEnabled", true)).toBe(false);
    expect(await getSetting("rateWindowDays", 15)).toBe(15);
    expect(await getSetting("unitRankingMinVolume", 10)).toBe(10);
  });
});
