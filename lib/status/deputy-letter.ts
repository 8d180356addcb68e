// Statuses of a letter written to a deputy (写给代表) and their moves. Replying again, or agreeing a meeting after
// a reply, keeps a letter ANSWERED; passing it to the station or raising it as a suggestion ends the deputy's part.
import type { Prisma } from "../generated/prisma/client.ts";
import type { DeputyLetterStatus } from "../generated/prisma/enums.ts";
import type { Tx } from "../db.ts";
import { guardFrom, settle, type Move, type MoveTable } from "./move-table.ts";

export const LETTER_MOVES = {
  OPEN: ["ANSWERED", "PASSED", "RAISED"],
  ANSWERED: ["ANSWERED", "PASSED", "RAISED"],
  PASSED: [],
  RAISED: [],
} as const satisfies MoveTable<DeputyLetterStatus>;

/** A letter waits for the deputy (the column's default). */
export const LETTER_STARTS = ["OPEN"] as const satisfies readonly DeputyLetterStatus[];

export async function moveDeputyLetter(
  tx: Tx,
  move: Move<DeputyLetterStatus, Prisma.DeputyLetterWhereInput, Prisma.DeputyLetterUncheckedUpdateManyInput>,
): Promise<number> {
  const from = guardFrom(LETTER_MOVES, move.to, move.from);
  const { count } = await tx.deputyLetter.updateMany({
    where: { ...move.where, status: { in: from } },
    data: { ...move.data, status: move.to },
  });
  return settle(count, move);
}
