// Step 1 of every import: an upload. Quick checks answer at once (size, not an .xlsx); the file is then kept
// server-side in ImportBatch, scoped to its uploader, and the worker checks it (docs/decisions/0049).
import { z } from "zod";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { can, type Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { enqueue } from "../jobs/enqueue.ts";
import { QUEUES } from "../jobs/queues.ts";
import { assertLooksLikeXlsx } from "./read-workbook.ts";
import { ImportFileError } from "./import-file-error.ts";
import { IMPORT_AUDIT, IMPORT_PERMISSION, batchRegionPath, type ImportKind } from "./kinds.ts";

const uploadSchema = z.strictObject({
  fileName: z.string().min(1, { error: "importFile.empty" }).max(200, { error: "tooLong" }),
  bytes: z.instanceof(Uint8Array, { error: "importFile.empty" }),
});

export async function uploadImport(
  actor: Actor,
  kind: ImportKind,
  raw: unknown,
  client?: ClientInfo,
): Promise<{ id: string }> {
  const regionPath = batchRegionPath(kind, actor);
  const audit = IMPORT_AUDIT[kind];
  if (!regionPath || !can(actor, IMPORT_PERMISSION[kind], { regionPath })) {
    await recordAudit({
      actor,
      action: "permission.denied",
      result: "DENIED",
      client,
      detail: { action: audit.upload },
    });
    throw new AppError("forbidden");
  }
  const input = uploadSchema.parse(raw);
  try {
    assertLooksLikeXlsx(input.fileName, input.bytes);
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    await recordAudit({
      actor,
      action: audit.upload,
      result: "FAILURE",
      client,
      detail: { fileName: input.fileName, reason: err.key, bytes: input.bytes.byteLength },
    });
    throw new AppError("invalid", `importFile.${err.key}`, err.params);
  }
  const batch = await db.$transaction(async (tx) => {
    const b = await tx.importBatch.create({
      data: { kind, createdById: actor.id, regionPath, fileName: input.fileName, file: Buffer.from(input.bytes) },
      select: { id: true },
    });
    await recordAudit(
      {
        actor,
        action: audit.upload,
        target: { type: "ImportBatch", id: b.id },
        result: "SUCCESS",
        client,
        detail: { fileName: input.fileName, bytes: input.bytes.byteLength },
      },
      tx,
    );
    return b;
  });
  await enqueue(QUEUES.runImports);
  return batch;
}
