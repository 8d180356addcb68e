// 接待活动 statuses and their moves.
import type { Prisma } from "../generated/prisma/client.ts";
import type { SessionStatus } from "../generated/prisma/enums.ts";
import type { Tx } from "../db.ts";
import { guardFrom, settle, type Move, type MoveTable } from "./move-table.ts";

export const SESSION_MOVES = {
  DRAFT: ["PUBLISHED", "CANCELLED"],
  // Held once its record is closed (duty log), or called off before it starts.
  PUBLISHED: ["HELD", "CANCELLED"],
  // The record of a held session may be closed again (a corrected summary or attendance).
  HELD: ["HELD"],
  CANCELLED: [],
} as const satisfies MoveTable<SessionStatus>;

/** A session is made as a draft, or published straight away. */
export const SESSION_STARTS = ["DRAFT", "PUBLISHED"] as const satisfies readonly SessionStatus[];
export type SessionStart = (typeof SESSION_STARTS)[number];

export async function moveReceptionSession(
  tx: Tx,
  move: Move<SessionStatus, Prisma.ReceptionSessionWhereInput, Prisma.ReceptionSessionUncheckedUpdateManyInput>,
): Promise<number> {
  const from = guardFrom(SESSION_MOVES, move.to, move.from);
  const { count } = await tx.receptionSession.updateMany({
    where: { ...move.where, status: { in: from } },
    data: { ...move.data, status: move.to },
  });
  return settle(count, move);
}
