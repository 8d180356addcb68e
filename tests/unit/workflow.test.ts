import { describe, expect, it } from "vitest";
import { ALL_STATUSES, canMove, FINAL_STATUSES, TRANSITIONS } from "@/lib/suggestions/workflow";

// Every allowed move, written out by hand from domain.md so the table cannot drift silently.
const ALLOWED = new Set([
  "SUBMITTED>ACCEPTED",
  "SUBMITTED>DECLINED",
  "SUBMITTED>MERGED",
  "ACCEPTED>ASSIGNED",
  "ACCEPTED>DECLINED",
  "ACCEPTED>MERGED",
  "ASSIGNED>HANDLING",
  "ASSIGNED>ACCEPTED",
  "HANDLING>REPLIED",
  "HANDLING>ACCEPTED",
  "REPLIED>FED_BACK",
  "REPLIED>HANDLING",
  "FED_BACK>CLOSED",
  "FED_BACK>HANDLING",
]);

describe("the suggestion workflow table", () => {
  it("allows exactly the moves of the loop and forbids every other", () => {
    for (const from of ALL_STATUSES) {
      for (const to of ALL_STATUSES) {
        expect(canMove(from, to), `${from} → ${to}`).toBe(ALLOWED.has(`${from}>${to}`));
      }
    }
  });
  it("ends in closed, declined or merged, which never move again", () => {
    expect([...FINAL_STATUSES].sort()).toEqual(["CLOSED", "DECLINED", "MERGED"]);
    for (const s of FINAL_STATUSES) expect(TRANSITIONS[s]).toEqual([]);
  });
  it("never closes an item without a reply: CLOSED is reachable only from FED_BACK", () => {
    const into = ALL_STATUSES.filter((from) => canMove(from, "CLOSED"));
    expect(into).toEqual(["FED_BACK"]);
  });
  it("can reach CLOSED from SUBMITTED", () => {
    const seen = new Set(["SUBMITTED"]);
    const queue = ["SUBMITTED"] as (keyof typeof TRANSITIONS)[];
    while (queue.length) {
      for (const next of TRANSITIONS[queue.shift()!]) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    expect(seen.has("CLOSED")).toBe(true);
  });
});
