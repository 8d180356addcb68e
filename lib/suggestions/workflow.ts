// The stages of a suggestion and every move allowed between them: the one place the loop is defined.
// submit → (accept | decline | merge) → assign → (unit accepts | returns) → handle → reply → (rework | feed back)
// → evaluate (satisfied / unrated → closed; unsatisfied → handled again in a new round).
import type { SuggestionStatus } from "../generated/prisma/enums.ts";

export const TRANSITIONS = {
  SUBMITTED: ["ACCEPTED", "DECLINED", "MERGED"],
  ACCEPTED: ["ASSIGNED", "DECLINED", "MERGED"],
  // The lead unit accepts (HANDLING) or returns a misassigned item, which goes back to staff (ACCEPTED);
  // staff may also withdraw the assignment (ACCEPTED).
  ASSIGNED: ["HANDLING", "ACCEPTED"],
  // The lead replies (REPLIED), or the item goes back to staff: a return (late ones approved by staff) or a
  // withdrawal (ACCEPTED).
  HANDLING: ["REPLIED", "ACCEPTED"],
  // Staff send the reply out (FED_BACK) or back to the unit for rework (HANDLING).
  REPLIED: ["FED_BACK", "HANDLING"],
  // Satisfied, basically satisfied or unrated after the window → CLOSED; unsatisfied → HANDLING (new round).
  FED_BACK: ["CLOSED", "HANDLING"],
  CLOSED: [],
  DECLINED: [],
  MERGED: [],
} as const satisfies Record<SuggestionStatus, readonly SuggestionStatus[]>;

export const ALL_STATUSES = Object.keys(TRANSITIONS) as SuggestionStatus[];

export function canMove(from: SuggestionStatus, to: SuggestionStatus): boolean {
  return (TRANSITIONS[from] as readonly SuggestionStatus[]).includes(to);
}

/** Stages that no longer move. */
export const FINAL_STATUSES: readonly SuggestionStatus[] = ALL_STATUSES.filter((s) => TRANSITIONS[s].length === 0);

/** The five public steps of the loop, and which stages belong to each (for the tracking page). */
export const PUBLIC_STEPS = [
  { key: "submit", statuses: ["SUBMITTED"] },
  { key: "assign", statuses: ["ACCEPTED", "ASSIGNED"] },
  { key: "handle", statuses: ["HANDLING", "REPLIED"] },
  { key: "feedback", statuses: ["FED_BACK"] },
  { key: "evaluate", statuses: ["CLOSED"] },
] as const satisfies readonly { key: string; statuses: readonly SuggestionStatus[] }[];
