// An assignment is current while it belongs to the item's round and was neither returned nor withdrawn: the unit
// still holds the item (it may already have replied). A unit acts only through its own current assignment.
import { AppError } from "../errors.ts";
import type { Actor } from "../auth/permissions.ts";
import type { AssignmentStatus } from "../generated/prisma/enums.ts";
import type { LoadedSuggestion } from "./load-for-action.ts";

type Held = { round: number; status: AssignmentStatus };

export const isCurrent = (a: Held, round: number) =>
  a.round === round && a.status !== "RETURNED" && a.status !== "WITHDRAWN";

/** The current lead assignment of an item, if a unit holds it. */
export const currentLead = <A extends Held & { role: string }>(s: { round: number; assignments: A[] }) =>
  s.assignments.find((a) => a.role === "LEAD" && isCurrent(a, s.round));

export function ownAssignment(s: LoadedSuggestion, actor: Actor, role?: "LEAD" | "CO") {
  const a = s.assignments.find((x) => x.unitId === actor.unitId && isCurrent(x, s.round) && (!role || x.role === role));
  if (!a) throw new AppError("forbidden");
  return a;
}
