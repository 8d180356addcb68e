// The stored life of one import (docs/decisions/0049): upload → QUEUED → CHECKING → READY (the preview) →
// CONFIRMED → APPLYING → DONE, or REJECTED / FAILED with a reason. Only the member of staff who uploaded a file, still
// holding the permission over its region, may read or confirm it; anyone else gets "not found" and an audit row.
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { can, type Action, type Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ImportStatus } from "../generated/prisma/enums.ts";
import type { Preview } from "./preview.ts";
import { guardFrom } from "../status/move-table.ts";
import { IMPORT_MOVES, moveImportBatch } from "../status/import-batch.ts";

export type ImportKind = "deputies";

/** The permission each kind of import needs. */
export const IMPORT_PERMISSION: Record<ImportKind, Action> = { deputies: "deputy.manage" };

export type ImportView = {
  id: string;
  kind: string;
  fileName: string;
  status: ImportStatus;
  progressDone: number;
  progressTotal: number;
  failureKey: string | null;
  failureParams: Record<string, string | number> | null;
  preview: Preview<unknown> | null;
  excludeErrors: boolean;
  result: Record<string, number> | null;
  createdAt: Date;
};

async function deny(actor: Actor, action: string, id: string, client?: ClientInfo): Promise<never> {
  await recordAudit({
    actor,
    action: "permission.denied",
    target: { type: "ImportBatch", id },
    result: "DENIED",
    client,
    detail: { action },
  });
  throw notFound();
}

/** The batch if `actor` may see it; otherwise "not found" (and a DENIED audit row). */
export async function loadOwnBatch(actor: Actor, id: string, action: string, client?: ClientInfo) {
  const batch = /^[0-9a-f-]{36}$/i.test(id) ? await db.importBatch.findUnique({ where: { id } }) : null;
  if (!batch) throw notFound();
  const permission = IMPORT_PERMISSION[batch.kind as ImportKind];
  if (
    batch.createdById !== actor.id ||
    !permission ||
    !can(actor, permission, { regionPath: batch.regionPath }) ||
    !actor.regionPath ||
    !batch.regionPath.startsWith(actor.regionPath)
  )
    return deny(actor, action, id, client);
  return batch;
}

export async function getImport(actor: Actor, id: string, client?: ClientInfo): Promise<ImportView> {
  const b = await loadOwnBatch(actor, id, "import.read", client);
  return {
    id: b.id,
    kind: b.kind,
    fileName: b.fileName,
    status: b.status,
    progressDone: b.progressDone,
    progressTotal: b.progressTotal,
    failureKey: b.failureKey,
    failureParams: (b.failureParams as Record<string, string | number> | null) ?? null,
    preview: (b.preview as Preview<unknown> | null) ?? null,
    excludeErrors: b.excludeErrors,
    result: (b.result as Record<string, number> | null) ?? null,
    createdAt: b.createdAt,
  };
}

/** The actor's own recent imports of a kind, newest first. */
export async function listOwnImports(actor: Actor, kind: ImportKind, take = 10) {
  if (!can(actor, IMPORT_PERMISSION[kind], { regionPath: actor.regionPath })) throw new AppError("forbidden");
  return db.importBatch.findMany({
    where: { kind, createdById: actor.id },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, fileName: true, status: true, createdAt: true, result: true },
  });
}

/** Claims the oldest batch waiting in `from` by moving it to `to` (one worker wins: SKIP LOCKED). */
export async function claimBatch(from: ImportStatus, to: ImportStatus): Promise<string | null> {
  guardFrom(IMPORT_MOVES, to, from); // a claim is a move like any other: only one the table allows
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "ImportBatch" SET "status" = ${to}::"ImportStatus", "updatedAt" = now()
    WHERE "id" = (
      SELECT "id" FROM "ImportBatch" WHERE "status" = ${from}::"ImportStatus"
      ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows[0]?.id ?? null;
}

export async function setProgress(id: string, done: number, total: number): Promise<void> {
  await db.importBatch.update({ where: { id }, data: { progressDone: done, progressTotal: total } });
}

export async function rejectBatch(id: string, key: string, params: Prisma.InputJsonValue = {}): Promise<void> {
  // The refused file is not kept: it may hold personal data and will never be written.
  await moveImportBatch(db, {
    where: { id },
    from: "CHECKING",
    to: "REJECTED",
    data: { failureKey: key, failureParams: params, file: null },
  });
}
