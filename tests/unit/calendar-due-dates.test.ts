import { describe, expect, it } from "vitest";
import { computeDue, computeDueAt, light, pickRule, type RuleScope } from "@/lib/calendar/due-dates";
import { WorkCalendar } from "@/lib/calendar/working-days";
import { calendar2026, sh } from "./calendar-2026.fixture";

const cal = calendar2026();
const endOf = (date: string) => sh(`${date} 23:59:59.999`);
const WD = (amount: number) => ({ amount, unit: "WORKING_DAYS" as const });
const CD = (amount: number) => ({ amount, unit: "CALENDAR_DAYS" as const });
const MO = (amount: number) => ({ amount, unit: "MONTHS" as const });

describe("computeDueAt", () => {
  it("ends at 23:59:59.999 Shanghai time on the due day", () => {
    expect(computeDueAt(sh("2026-03-16 09:00"), WD(3), cal).toISOString()).toBe("2026-03-19T15:59:59.999Z");
  });

  it("counts working days across the Spring Festival: 3 from Fri 13 Feb is Wed 25 Feb", () => {
    expect(computeDueAt(sh("2026-02-13 09:00"), WD(3), cal)).toEqual(endOf("2026-02-25"));
  });

  it("starts from the Shanghai date of the instant, not the UTC one", () => {
    // 00:30 on 13 Feb in Shanghai is still 12 Feb in UTC.
    expect(computeDueAt(new Date("2026-02-12T16:30:00Z"), WD(3), cal)).toEqual(endOf("2026-02-25"));
    // 23:30 on Thu 12 Feb: Fri 13, Sat 14 (调休), Tue 24.
    expect(computeDueAt(new Date("2026-02-12T15:30:00Z"), WD(3), cal)).toEqual(endOf("2026-02-24"));
  });

  it("returns a misassigned item within 7 working days across National Day", () => {
    expect(computeDueAt(sh("2026-09-30 16:00"), WD(7), cal)).toEqual(endOf("2026-10-15"));
  });

  it("treats 0 working days as today if it is a working day, else the next one", () => {
    expect(computeDue(sh("2026-03-16 09:00"), WD(0), cal).dueDate).toBe("2026-03-16");
    expect(computeDue(sh("2026-10-02 09:00"), WD(0), cal).dueDate).toBe("2026-10-08");
    expect(() => computeDue(sh("2026-03-16 09:00"), WD(-1), cal)).toThrow(RangeError);
  });

  it("a month from 31 Jan is 28 Feb, which in 2026 is a make-up Saturday and so stays", () => {
    expect(computeDueAt(sh("2026-01-31 10:00"), MO(1), cal)).toEqual(endOf("2026-02-28"));
  });

  it("moves a month-based due day off a holiday or weekend to the next working day", () => {
    expect(computeDue(sh("2026-01-20 10:00"), MO(1), cal).dueDate).toBe("2026-02-24"); // 20 Feb is 春节
    expect(computeDue(sh("2026-07-04 10:00"), MO(3), cal).dueDate).toBe("2026-10-08"); // 4 Oct is 国庆
    expect(computeDue(sh("2026-03-14 10:00"), MO(1), cal).dueDate).toBe("2026-04-14"); // already a Tuesday
    expect(computeDue(sh("2026-02-28 10:00"), MO(1), cal).dueDate).toBe("2026-03-30"); // Sat 28 Mar -> Mon
  });

  it("moves a calendar-day due day off a holiday", () => {
    expect(computeDue(sh("2026-09-16 10:00"), CD(15), cal).dueDate).toBe("2026-10-08"); // 1 Oct
    expect(computeDue(sh("2026-04-20 10:00"), CD(15), cal).dueDate).toBe("2026-05-06"); // 5 May
    expect(computeDue(sh("2026-03-02 10:00"), CD(15), cal).dueDate).toBe("2026-03-17");
  });

  it("reports when the period runs into a year whose calendar is not maintained", () => {
    // 3 months from 30 Nov 2026: 28 Feb 2027 is a Sunday, and 2027 counts weekends only.
    const due = computeDue(sh("2026-11-30 10:00"), MO(3), cal);
    expect(due).toEqual({ dueDate: "2027-03-01", dueAt: endOf("2027-03-01"), fallbackYears: [2027] });
    expect(computeDue(sh("2026-03-02 10:00"), MO(3), cal).fallbackYears).toEqual([]);
  });
});

describe("pickRule", () => {
  const rule = (id: number, over: Partial<RuleScope>): RuleScope & { id: number } => ({
    id,
    stage: "CLOSE",
    kind: null,
    source: null,
    categoryId: null,
    ...over,
  });
  const rules = [
    rule(1, {}),
    rule(2, { kind: "OPINION" }),
    rule(3, { kind: "OPINION", source: "HOTLINE" }),
    rule(4, { kind: "OPINION", categoryId: 7 }),
    rule(5, { kind: "OPINION", source: "HOTLINE", categoryId: 7 }),
    rule(6, { stage: "RESPOND", kind: "OPINION" }),
    rule(7, { categoryId: 9 }),
  ];
  const pick = (
    kind: "OPINION" | "DEPUTY_SUGGESTION",
    source: "HOTLINE" | "ONLINE" | null,
    categoryId: number | null,
  ) => pickRule(rules, { stage: "CLOSE", kind, source, categoryId })?.id;

  it("prefers category+source+kind > category+kind > source+kind > kind > any", () => {
    expect(pick("OPINION", "HOTLINE", 7)).toBe(5);
    expect(pick("OPINION", "ONLINE", 7)).toBe(4);
    expect(pick("OPINION", "HOTLINE", 8)).toBe(3);
    expect(pick("OPINION", "ONLINE", 8)).toBe(2);
    expect(pick("DEPUTY_SUGGESTION", "HOTLINE", 7)).toBe(1);
  });

  it("ranks a category-only rule above source+kind and below category+kind", () => {
    expect(pick("OPINION", "HOTLINE", 9)).toBe(7);
    const withCatKind = [...rules, rule(8, { kind: "OPINION", categoryId: 9 })];
    expect(pickRule(withCatKind, { stage: "CLOSE", kind: "OPINION", source: "HOTLINE", categoryId: 9 })?.id).toBe(8);
  });

  it("does not let a rule for a specific source or category match an item without one", () => {
    expect(pick("OPINION", null, null)).toBe(2);
    expect(pickRule(rules, { stage: "CLOSE", kind: "OPINION" })?.id).toBe(2);
  });

  it("matches only its own stage, and gives null when nothing matches", () => {
    expect(pickRule(rules, { stage: "RESPOND", kind: "OPINION" })?.id).toBe(6);
    expect(pickRule(rules, { stage: "RESPOND", kind: "DEPUTY_SUGGESTION" })).toBeNull();
    expect(pickRule(rules, { stage: "REPLY", kind: "OPINION" })).toBeNull();
  });

  it("breaks a tie between duplicate rows in favour of the earlier one", () => {
    const dupes = [rule(10, { kind: "OPINION" }), rule(11, { kind: "OPINION" })];
    expect(pickRule(dupes, { stage: "CLOSE", kind: "OPINION" })?.id).toBe(10);
  });
});

describe("light", () => {
  // Due Wed 25 Feb, just after the nine-day Spring Festival break; yellow from 3 working days before.
  const dueAt = computeDueAt(sh("2026-02-13 09:00"), WD(3), cal);

  it("is green while more than N working days remain", () => {
    expect(light(dueAt, sh("2026-02-12 10:00"), 3, cal)).toBe("green"); // 13, 14, 24, 25 left
  });

  it("turns yellow N working days ahead, however many holidays lie between", () => {
    expect(light(dueAt, sh("2026-02-13 10:00"), 3, cal)).toBe("yellow"); // 14, 24, 25: 12 calendar days away
    expect(light(dueAt, sh("2026-02-18 10:00"), 3, cal)).toBe("yellow"); // mid-holiday
    expect(light(dueAt, sh("2026-02-25 23:59:59.999"), 3, cal)).toBe("yellow"); // the due day itself
    // The same moment on a weekends-only calendar still has 8 working days left.
    expect(light(dueAt, sh("2026-02-13 10:00"), 3, WorkCalendar.weekendsOnly())).toBe("green");
  });

  it("is red once the due day is over", () => {
    expect(light(dueAt, sh("2026-02-26 00:00"), 3, cal)).toBe("red");
  });

  it("with N = 0, is yellow only when no working day is left before the deadline", () => {
    expect(light(dueAt, sh("2026-02-24 10:00"), 0, cal)).toBe("green");
    expect(light(dueAt, sh("2026-02-25 10:00"), 0, cal)).toBe("yellow");
  });
});
