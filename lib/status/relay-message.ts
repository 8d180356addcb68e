// Statuses of a message relayed through staff (保密 items) and their moves: each is decided once.
import type { Prisma } from "../generated/prisma/client.ts";
import type { RelayStatus } from "../generated/prisma/enums.ts";
import type { Tx } from "../db.ts";
import { guardFrom, settle, type Move, type MoveTable } from "./move-table.ts";

export const RELAY_MOVES = {
  PENDING: ["RELAYED", "WITHHELD"],
  RELAYED: [],
  WITHHELD: [],
} as const satisfies MoveTable<RelayStatus>;

/** A message waits for staff (the column's default). */
export const RELAY_STARTS = ["PENDING"] as const satisfies readonly RelayStatus[];

export async function moveRelayMessage(
  tx: Tx,
  move: Move<RelayStatus, Prisma.RelayMessageWhereInput, Prisma.RelayMessageUncheckedUpdateManyInput>,
): Promise<number> {
  const from = guardFrom(RELAY_MOVES, move.to, move.from);
  const { count } = await tx.relayMessage.updateMany({
    where: { ...move.where, status: { in: from } },
    data: { ...move.data, status: move.to },
  });
  return settle(count, move);
}
