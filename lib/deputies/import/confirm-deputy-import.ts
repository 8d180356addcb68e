// Step 2: the uploader confirms the preview. Refused while rows are in error unless they choose to leave those rows
// out; the worker then writes everything in one transaction (docs/decisions/0049).
import { z } from "zod";
import { db } from "../../db.ts";
import { AppError } from "../../errors.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Actor } from "../../auth/permissions.ts";
import type { ClientInfo } from "../../http/client-info.ts";
import { loadOwnBatch } from "../../import/batches.ts";
import type { Preview } from "../../import/preview.ts";
import { enqueue } from "../../jobs/enqueue.ts";
import { QUEUES } from "../../jobs/queues.ts";
import { moveImportBatch } from "../../status/import-batch.ts";

const confirmSchema = z.strictObject({
  importId: z.string().max(40),
  excludeErrors: z
    .enum(["on", "true", "false", ""], { error: "invalid" })
    .optional()
    .transform((v) => v === "on" || v === "true"),
});

export async function confirmDeputyImport(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = confirmSchema.parse(raw);
  const batch = await loadOwnBatch(actor, input.importId, "deputy.import.confirm", client);
  if (batch.status !== "READY") throw new AppError("stale", "importNotReady");
  const preview = batch.preview as Preview<unknown> | null;
  const errors = preview?.totals.error ?? 0;
  if (errors > 0 && !input.excludeErrors) {
    await recordAudit({
      actor,
      action: "deputy.import.confirm",
      target: { type: "ImportBatch", id: batch.id },
      result: "FAILURE",
      client,
      detail: { reason: "rowsInError", errors },
    });
    throw new AppError("invalid", "importHasErrors");
  }
  // Conditional: two clicks (or two tabs) confirm once.
  await moveImportBatch(db, {
    where: { id: batch.id },
    from: "READY",
    to: "CONFIRMED",
    data: { excludeErrors: input.excludeErrors, progressDone: 0 },
    orElse: () => new AppError("stale", "importNotReady"),
  });
  await recordAudit({
    actor,
    action: "deputy.import.confirm",
    target: { type: "ImportBatch", id: batch.id },
    result: "SUCCESS",
    client,
    detail: { excludeErrors: input.excludeErrors, totals: preview?.totals ?? null },
  });
  await enqueue(QUEUES.runImports);
}
