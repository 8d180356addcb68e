// The worker's side of every import (docs/decisions/0049): check an uploaded file into a preview, and write a
// confirmed one in one transaction. The kind's handler (lib/import/registry.ts) does the reading and writing.
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { encryptPii } from "../crypto/pii.ts";
import { failBatch, rejectBatch, setProgress } from "./batches.ts";
import { ImportFileError } from "./import-file-error.ts";
import { IMPORT_AUDIT, isImportKind } from "./kinds.ts";
import type { BatchContext } from "./handler.ts";
import type { Preview } from "./preview.ts";
import { readWorkbook } from "./read-workbook.ts";
import { moveImportBatch } from "../status/import-batch.ts";
import { IMPORT_HANDLERS } from "./registry.ts";

async function loadBatch(id: string) {
  const b = await db.importBatch.findUniqueOrThrow({
    where: { id },
    select: {
      kind: true,
      file: true,
      preview: true,
      regionPath: true,
      createdBy: { select: { id: true, role: true } },
    },
  });
  const ctx: BatchContext = { id, regionPath: b.regionPath, createdBy: b.createdBy };
  return { ...b, ctx, kind: isImportKind(b.kind) ? b.kind : null };
}

export async function checkBatch(id: string): Promise<void> {
  const batch = await loadBatch(id);
  if (!batch.kind) return failBatch(id, "generic");
  if (!batch.file) return rejectBatch(id, "empty");
  const handler = IMPORT_HANDLERS[batch.kind];
  try {
    const sheets = await readWorkbook(batch.file, handler.sheets, { onRows: (n) => setProgress(id, 0, n) });
    const total = Object.values(sheets).reduce((n, rows) => n + rows.length, 0);
    if ((sheets[handler.mainSheet] ?? []).length === 0) return rejectBatch(id, "noRows", { sheet: handler.mainSheet });
    await setProgress(id, 0, total);
    const preview = await handler.check(sheets, batch.ctx, (done) => setProgress(id, done, total));
    // The checked rows are all the write needs; the file (with its phone numbers in the clear) goes.
    await moveImportBatch(db, {
      where: { id },
      from: "CHECKING",
      to: "READY",
      data: {
        preview,
        file: null,
        progressDone: total,
        progressTotal: total,
      },
    });
  } catch (err) {
    if (err instanceof ImportFileError) return rejectBatch(id, err.key, err.params);
    console.error("[import] check failed", id, err);
    await failBatch(id, "generic");
  }
}

export async function applyBatch(id: string): Promise<void> {
  const batch = await loadBatch(id);
  if (!batch.kind) return failBatch(id, "applyFailed");
  const handler = IMPORT_HANDLERS[batch.kind];
  const action = IMPORT_AUDIT[batch.kind].apply;
  const actor = batch.createdBy;
  const preview = batch.preview as unknown as Preview<unknown>;
  try {
    const data = (handler.prepare ? await handler.prepare(preview.data as never) : preview.data) as never;
    await db.$transaction(
      async (tx) => {
        const outcome = await handler.apply(tx, data, batch.ctx, (done, total) =>
          setProgress(id, Math.round(done), total),
        );
        const summary = { ...outcome.summary, excludedErrors: preview.totals.error };
        const secretsEnc = outcome.secrets?.length ? encryptPii(JSON.stringify(outcome.secrets)) : null;
        await moveImportBatch(tx, {
          where: { id },
          from: "APPLYING",
          to: "DONE",
          data: { result: summary, secretsEnc },
        });
        await recordAudit(
          { actor, action, target: { type: "ImportBatch", id }, result: "SUCCESS", detail: summary },
          tx,
        );
      },
      { timeout: 600_000, maxWait: 30_000 },
    );
    handler.afterApply?.();
  } catch (err) {
    console.error("[import] write failed", id, err);
    await failBatch(id, "applyFailed");
    await recordAudit({
      actor,
      action,
      target: { type: "ImportBatch", id },
      result: "FAILURE",
      detail: { error: String((err as Error)?.message ?? err).slice(0, 300) },
    });
  }
}
