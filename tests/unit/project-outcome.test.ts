import { describe, expect, it } from "vitest";
import { decideOutcome } from "@/lib/projects/result";

const outcome = (rows: [number, number][], places: number, electorate: number) =>
  Object.fromEntries(
    decideOutcome(
      rows.map(([id, yes]) => ({ id, yes })),
      places,
      electorate,
    ).map((r) => [r.id, r.outcome]),
  );

describe("the round's rule: most 赞成, more than half of the electorate", () => {
  it("decides the first N that pass the half", () => {
    expect(
      outcome(
        [
          [1, 9],
          [2, 8],
          [3, 7],
          [4, 2],
        ],
        2,
        10,
      ),
    ).toEqual({
      1: "DECIDED",
      2: "DECIDED",
      3: "NOT_DECIDED",
      4: "NOT_DECIDED",
    });
  });
  it("leaves a place empty rather than deciding a project without a majority", () => {
    expect(
      outcome(
        [
          [1, 9],
          [2, 5],
          [3, 4],
        ],
        2,
        10,
      ),
    ).toEqual({ 1: "DECIDED", 2: "NOT_DECIDED", 3: "NOT_DECIDED" });
  });
  it("flags every candidate tied across the last place, and none of them is decided", () => {
    expect(
      outcome(
        [
          [1, 9],
          [2, 7],
          [3, 7],
          [4, 7],
          [5, 6],
        ],
        2,
        10,
      ),
    ).toEqual({
      1: "DECIDED",
      2: "TIED",
      3: "TIED",
      4: "TIED",
      5: "NOT_DECIDED",
    });
  });
  it("does not flag a tie inside the places", () => {
    expect(
      outcome(
        [
          [1, 8],
          [2, 8],
          [3, 6],
        ],
        2,
        10,
      ),
    ).toEqual({ 1: "DECIDED", 2: "DECIDED", 3: "NOT_DECIDED" });
  });
});
