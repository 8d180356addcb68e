// Statuses of a deputy's request to swap duty and their moves: the station admin decides each once.
import type { Prisma } from "../generated/prisma/client.ts";
import type { SwapStatus } from "../generated/prisma/enums.ts";
import type { Tx } from "../db.ts";
import { guardFrom, settle, type Move, type MoveTable } from "./move-table.ts";

export const SWAP_MOVES = {
  PENDING: ["APPROVED", "REJECTED"],
  APPROVED: [],
  REJECTED: [],
} as const satisfies MoveTable<SwapStatus>;

/** A request waits for the decision (the column's default). */
export const SWAP_STARTS = ["PENDING"] as const satisfies readonly SwapStatus[];

export async function moveSessionSwap(
  tx: Tx,
  move: Move<SwapStatus, Prisma.SessionSwapRequestWhereInput, Prisma.SessionSwapRequestUncheckedUpdateManyInput>,
): Promise<number> {
  const from = guardFrom(SWAP_MOVES, move.to, move.from);
  const { count } = await tx.sessionSwapRequest.updateMany({
    where: { ...move.where, status: { in: from } },
    data: { ...move.data, status: move.to },
  });
  return settle(count, move);
}
