// Statuses of a message in the outbox and their moves: each is delivered (or held in demo messaging mode) or
// given up on once. A delivery attempt claims the message without moving it (lib/notifications/deliver-outbox.ts).
import type { Prisma } from "../generated/prisma/client.ts";
import type { OutboxStatus } from "../generated/prisma/enums.ts";
import type { Tx } from "../db.ts";
import { guardFrom, settle, type Move, type MoveTable } from "./move-table.ts";

export const OUTBOX_MOVES = {
  PENDING: ["SENT", "HELD", "FAILED"],
  SENT: [],
  HELD: [],
  FAILED: [],
} as const satisfies MoveTable<OutboxStatus>;

/** A message waits for delivery (the column's default). */
export const OUTBOX_STARTS = ["PENDING"] as const satisfies readonly OutboxStatus[];

/** Takes the caller's transaction, or the client itself for a job's single statement. */
export async function moveOutboxMessage(
  tx: Tx,
  move: Move<OutboxStatus, Prisma.OutboxMessageWhereInput, Prisma.OutboxMessageUncheckedUpdateManyInput>,
): Promise<number> {
  const from = guardFrom(OUTBOX_MOVES, move.to, move.from);
  const { count } = await tx.outboxMessage.updateMany({
    where: { ...move.where, status: { in: from } },
    data: { ...move.data, status: move.to },
  });
  return settle(count, move);
}
