// 督办 case statuses and their moves: closed and reopened by staff, each move on the version they saw.
import type { Prisma } from "../generated/prisma/client.ts";
import type { CaseStatus } from "../generated/prisma/enums.ts";
import type { Tx } from "../db.ts";
import { guardFrom, settle, type Move, type MoveTable } from "./move-table.ts";

export const CASE_MOVES = {
  OPEN: ["CLOSED"],
  CLOSED: ["OPEN"],
} as const satisfies MoveTable<CaseStatus>;

/** A case is opened (the column's default), by staff or by the escalation job. */
export const CASE_STARTS = ["OPEN"] as const satisfies readonly CaseStatus[];

export async function moveSupervisionCase(
  tx: Tx,
  move: Move<CaseStatus, Prisma.SupervisionCaseWhereInput, Prisma.SupervisionCaseUncheckedUpdateManyInput>,
): Promise<number> {
  const from = guardFrom(CASE_MOVES, move.to, move.from);
  const { count } = await tx.supervisionCase.updateMany({
    where: { ...move.where, status: { in: from } },
    data: { ...move.data, status: move.to },
  });
  return settle(count, move);
}
