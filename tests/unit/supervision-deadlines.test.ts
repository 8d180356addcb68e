// Lights, urge days and escalation days over the official 2026 calendar: holidays push them later, make-up
// working days (调休, e.g. Saturday 10 October) count as working days.
import { describe, expect, it } from "vitest";
import { addDays, endOfShanghaiDay, shanghaiDateOf } from "@/lib/calendar/civil-date";
import { light } from "@/lib/calendar/due-dates";
import { cutoffFor, escalationDayFor, urgeDayFor } from "@/lib/supervision/deadline-cutoffs";
import { calendar2026, sh } from "./calendar-2026.fixture";

const cal = calendar2026();

describe("lights across National Day", () => {
  // Due Monday 12 October; 1–7 October are holidays, Saturday 10 October is a make-up working day.
  const dueAt = endOfShanghaiDay("2026-10-12");
  it("stays green while more than the window's working days remain, holidays not counted", () => {
    expect(light(dueAt, sh("2026-09-29 10:00"), 3, cal)).toBe("green"); // 30 Sep, 8, 9, 10, 12 Oct: 5 working days
    expect(light(dueAt, sh("2026-09-30 10:00"), 3, cal)).toBe("green"); // 8, 9, 10, 12: 4
  });
  it("turns yellow during the holiday, counting the make-up Saturday", () => {
    expect(light(dueAt, sh("2026-10-03 10:00"), 3, cal)).toBe("green"); // still 8, 9, 10, 12
    expect(light(dueAt, sh("2026-10-08 10:00"), 3, cal)).toBe("yellow"); // 9, 10, 12
    expect(light(dueAt, sh("2026-10-10 10:00"), 1, cal)).toBe("yellow"); // 12: the make-up day is today, not counted
    expect(light(dueAt, sh("2026-10-09 10:00"), 1, cal)).toBe("green"); // 10 (make-up) and 12 left
  });
  it("is red from the first instant after the due day", () => {
    expect(light(dueAt, sh("2026-10-12 23:59:59.999"), 3, cal)).toBe("yellow");
    expect(light(dueAt, sh("2026-10-13 00:00"), 3, cal)).toBe("red");
  });
});

describe("urge and escalation days", () => {
  it("urges on the first working day after the due day", () => {
    expect(urgeDayFor("2026-03-13", cal)).toBe("2026-03-16"); // Friday → Monday
    expect(urgeDayFor("2026-09-30", cal)).toBe("2026-10-08"); // before National Day → after it
    expect(urgeDayFor("2026-10-09", cal)).toBe("2026-10-10"); // Friday → the make-up Saturday
    expect(urgeDayFor("2026-02-13", cal)).toBe("2026-02-14"); // Friday → make-up Saturday before the Spring Festival
    expect(urgeDayFor("2026-02-14", cal)).toBe("2026-02-24"); // → after the Spring Festival
  });

  it("escalates after the configured number of working days", () => {
    expect(escalationDayFor("2026-09-29", 5, cal)).toBe("2026-10-12"); // 30 Sep, 8, 9, 10, 12 Oct
    expect(escalationDayFor("2026-04-30", 2, cal)).toBe("2026-05-07"); // 6, 7 May (1–5 May holiday)
  });

  it("turns each rule into one cutoff that gives the same answer as the rule for every due day of 2026", () => {
    for (const rule of [(d: string) => urgeDayFor(d, cal), (d: string) => escalationDayFor(d, 5, cal)]) {
      for (let now = "2026-01-05"; now <= "2026-12-31"; now = addDays(now, 1)) {
        const cutoff = cutoffFor(sh(`${now} 08:30`), rule);
        for (let back = 0; back <= 40; back++) {
          const due = addDays(now, -back);
          const reached = rule(due) <= now;
          const underCutoff = cutoff !== null && endOfShanghaiDay(due).getTime() <= cutoff.getTime();
          expect(underCutoff, `due ${due}, today ${now}`).toBe(reached);
        }
      }
    }
  });

  it("has no cutoff on a day nothing can be urged", () => {
    // Nothing due on 30 Sep or during the holiday is urged before 8 October; the cutoff is earlier due days.
    const cutoff = cutoffFor(sh("2026-10-05 09:00"), (d) => urgeDayFor(d, cal));
    expect(shanghaiDateOf(cutoff!)).toBe("2026-09-29");
  });
});
