// Statuses of an uploaded Excel file between upload, preview and confirm (docs/decisions/0049), and their moves.
// The worker claims a waiting batch by moving it (claimBatch in lib/import/batches.ts, one worker wins).
import type { Prisma } from "../generated/prisma/client.ts";
import type { ImportStatus } from "../generated/prisma/enums.ts";
import type { Tx } from "../db.ts";
import { guardFrom, settle, type Move, type MoveTable } from "./move-table.ts";

export const IMPORT_MOVES = {
  QUEUED: ["CHECKING"],
  // The preview is ready, the file itself is refused, or the check failed.
  CHECKING: ["READY", "REJECTED", "FAILED"],
  READY: ["CONFIRMED"],
  CONFIRMED: ["APPLYING"],
  // Written in one transaction, or rolled back.
  APPLYING: ["DONE", "FAILED"],
  REJECTED: [],
  DONE: [],
  FAILED: [],
} as const satisfies MoveTable<ImportStatus>;

/** An upload waits for the check (the column's default). */
export const IMPORT_STARTS = ["QUEUED"] as const satisfies readonly ImportStatus[];

/** Takes the caller's transaction, or the client itself for a job's single statement. */
export async function moveImportBatch(
  tx: Tx,
  move: Move<ImportStatus, Prisma.ImportBatchWhereInput, Prisma.ImportBatchUncheckedUpdateManyInput>,
): Promise<number> {
  const from = guardFrom(IMPORT_MOVES, move.to, move.from);
  const { count } = await tx.importBatch.updateMany({
    where: { ...move.where, status: { in: from } },
    data: { ...move.data, status: move.to },
  });
  return settle(count, move);
}
