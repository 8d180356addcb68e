// Finds the actor's own live assignment on an item (this round, not returned or withdrawn): a unit acts only
// through its own assignment.
import { AppError } from "../errors.ts";
import type { Actor } from "../auth/permissions.ts";
import type { LoadedSuggestion } from "./load-for-action.ts";

export function ownAssignment(s: LoadedSuggestion, actor: Actor, role?: "LEAD" | "CO") {
  const a = s.assignments.find(
    (x) => x.unitId === actor.unitId && x.round === s.round && x.status !== "RETURNED" && x.status !== "WITHDRAWN" && (!role || x.role === role),
  );
  if (!a) throw new AppError("forbidden");
  return a;
}
