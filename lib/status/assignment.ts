// 交办 statuses and their moves. Which unit (lead or co) may make which move stays with the use case; the table
// says which moves exist at all.
import type { Prisma } from "../generated/prisma/client.ts";
import type { AssignmentStatus } from "../generated/prisma/enums.ts";
import type { Tx } from "../db.ts";
import { guardFrom, settle, type Move, type MoveTable } from "./move-table.ts";

export const ASSIGNMENT_MOVES = {
  // The unit accepts (签收), a co-unit sends its opinion straight away, the unit returns it in the window (or
  // staff approve a late return), or staff withdraw it (or the lead's return takes the co-units' with it).
  PENDING: ["ACCEPTED", "OPINION_SENT", "RETURNED", "WITHDRAWN"],
  // The same, plus the lead's reply.
  ACCEPTED: ["OPINION_SENT", "RETURNED", "REPLIED", "WITHDRAWN"],
  OPINION_SENT: ["WITHDRAWN"],
  // Staff send the reply back for rework: the lead holds the item again.
  REPLIED: ["ACCEPTED"],
  RETURNED: [],
  // Assigned again to the same unit in the same round, on its earlier row (one row per unit and round).
  WITHDRAWN: ["PENDING"],
} as const satisfies MoveTable<AssignmentStatus>;

/** A new assignment waits for the unit; a new round after an unsatisfied rating starts accepted by the lead. */
export const ASSIGNMENT_STARTS = ["PENDING", "ACCEPTED"] as const satisfies readonly AssignmentStatus[];
export type AssignmentStart = (typeof ASSIGNMENT_STARTS)[number];

export async function moveAssignment(
  tx: Tx,
  move: Move<AssignmentStatus, Prisma.AssignmentWhereInput, Prisma.AssignmentUncheckedUpdateManyInput>,
): Promise<number> {
  const from = guardFrom(ASSIGNMENT_MOVES, move.to, move.from);
  const { count } = await tx.assignment.updateMany({
    where: { ...move.where, status: { in: from } },
    data: { ...move.data, status: move.to },
  });
  return settle(count, move);
}
