// 答复 statuses and their moves: staff review each reply once. A reworked reply stays as it was; the unit
// writes a new one.
import type { Prisma } from "../generated/prisma/client.ts";
import type { ReplyStatus } from "../generated/prisma/enums.ts";
import type { Tx } from "../db.ts";
import { guardFrom, settle, type Move, type MoveTable } from "./move-table.ts";

export const REPLY_MOVES = {
  SUBMITTED: ["SENT", "REWORK"],
  REWORK: [],
  SENT: [],
} as const satisfies MoveTable<ReplyStatus>;

/** A reply is written waiting for review (the column's default). */
export const REPLY_STARTS = ["SUBMITTED"] as const satisfies readonly ReplyStatus[];

export async function moveReply(
  tx: Tx,
  move: Move<ReplyStatus, Prisma.ReplyWhereInput, Prisma.ReplyUncheckedUpdateManyInput>,
): Promise<number> {
  const from = guardFrom(REPLY_MOVES, move.to, move.from);
  const { count } = await tx.reply.updateMany({
    where: { ...move.where, status: { in: from } },
    data: { ...move.data, status: move.to },
  });
  return settle(count, move);
}
