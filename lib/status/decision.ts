// Statuses of a request staff decide (an extension of the deadline, a late return) and their moves: each is
// decided once, approved or refused; withdrawing the assignment refuses what is still pending on it.
import type { Prisma } from "../generated/prisma/client.ts";
import type { DecisionStatus } from "../generated/prisma/enums.ts";
import type { Tx } from "../db.ts";
import { guardFrom, settle, type Move, type MoveTable } from "./move-table.ts";

export const DECISION_MOVES = {
  PENDING: ["APPROVED", "REFUSED"],
  APPROVED: [],
  REFUSED: [],
} as const satisfies MoveTable<DecisionStatus>;

/** A request waits for the decision (the column's default). */
export const DECISION_STARTS = ["PENDING"] as const satisfies readonly DecisionStatus[];

export async function moveExtensionRequest(
  tx: Tx,
  move: Move<DecisionStatus, Prisma.ExtensionRequestWhereInput, Prisma.ExtensionRequestUncheckedUpdateManyInput>,
): Promise<number> {
  const from = guardFrom(DECISION_MOVES, move.to, move.from);
  const { count } = await tx.extensionRequest.updateMany({
    where: { ...move.where, status: { in: from } },
    data: { ...move.data, status: move.to },
  });
  return settle(count, move);
}

export async function moveReturnRequest(
  tx: Tx,
  move: Move<DecisionStatus, Prisma.ReturnRequestWhereInput, Prisma.ReturnRequestUncheckedUpdateManyInput>,
): Promise<number> {
  const from = guardFrom(DECISION_MOVES, move.to, move.from);
  const { count } = await tx.returnRequest.updateMany({
    where: { ...move.where, status: { in: from } },
    data: { ...move.data, status: move.to },
  });
  return settle(count, move);
}
