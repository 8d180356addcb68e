import { describe, expect, it } from "vitest";
import { planRota } from "@/lib/reception/rota-plan";
import { calendar2026 } from "./calendar-2026.fixture";

describe("planRota", () => {
  const calendar = calendar2026();

  it("moves a public day that falls in a holiday to the next working day", () => {
    // Oct 1–7 is the National Day holiday; Oct 8 is a Thursday
    const [s] = planRota({ month: "2026-10", days: [5], deputyIds: [1, 2, 3], rotationStart: 0, calendar });
    expect(s).toEqual({ date: "2026-10-08", moved: true, deputyIds: [1, 2], shortOfDeputies: false });
  });

  it("keeps a public day on a make-up working Saturday", () => {
    // Feb 28, 2026 is a Saturday worked in exchange (调休)
    expect(planRota({ month: "2026-02", days: [28], deputyIds: [1, 2], rotationStart: 0, calendar })[0]).toMatchObject({
      date: "2026-02-28",
      moved: false,
    });
  });

  it("rotates the deputies two by two, continuing from earlier months", () => {
    const plan = planRota({ month: "2026-06", days: [5, 15, 25], deputyIds: [30, 10, 20], rotationStart: 1, calendar });
    expect(plan.map((p) => p.deputyIds)).toEqual([
      [20, 30],
      [10, 20],
      [30, 10],
    ]);
  });

  it("flags a station with fewer than two deputies, and merges two days moved onto one", () => {
    const plan = planRota({ month: "2026-10", days: [3, 5], deputyIds: [7], rotationStart: 0, calendar });
    expect(plan).toEqual([{ date: "2026-10-08", moved: true, deputyIds: [7], shortOfDeputies: true }]);
  });
});
