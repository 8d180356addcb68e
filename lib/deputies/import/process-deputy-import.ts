// The worker's side of a deputies import: check an uploaded file into a preview, and write a confirmed one.
import { db } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { readWorkbook } from "../../import/read-workbook.ts";
import { rejectBatch, setProgress } from "../../import/batches.ts";
import { ImportFileError } from "../../import/import-file-error.ts";
import type { Preview } from "../../import/preview.ts";
import type { RawRow } from "../../import/columns.ts";
import { checkDeputyRows, type DeputyImportData } from "./check-deputy-import.ts";
import { applyDeputyImport } from "./apply-deputy-import.ts";
import { DEPUTY_SHEET, MANDATE_SHEET, type DeputyKey, type MandateKey } from "./sheets.ts";
import { moveImportBatch } from "../../status/import-batch.ts";

export async function checkDeputyBatch(id: string): Promise<void> {
  const batch = await db.importBatch.findUniqueOrThrow({ where: { id }, select: { file: true, regionPath: true } });
  if (!batch.file) return rejectBatch(id, "empty");
  try {
    const sheets = await readWorkbook<DeputyKey | MandateKey>(batch.file, [DEPUTY_SHEET, MANDATE_SHEET], {
      onRows: (n) => setProgress(id, 0, n),
    });
    const deputies = sheets[DEPUTY_SHEET.name] as RawRow<DeputyKey>[];
    const mandates = sheets[MANDATE_SHEET.name] as RawRow<MandateKey>[];
    const total = deputies.length + mandates.length;
    if (deputies.length === 0) return rejectBatch(id, "noRows");
    await setProgress(id, 0, total);
    const preview = await checkDeputyRows({ deputies, mandates }, batch.regionPath, (done) =>
      setProgress(id, done, total),
    );
    // The checked rows are all the write needs; the file (with its phone numbers in the clear) goes.
    await moveImportBatch(db, {
      where: { id },
      from: "CHECKING",
      to: "READY",
      data: {
        preview: preview as unknown as Prisma.InputJsonObject,
        file: null,
        progressDone: total,
        progressTotal: total,
      },
    });
  } catch (err) {
    if (err instanceof ImportFileError) return rejectBatch(id, err.key, err.params);
    console.error("[import] check failed", id, err);
    await moveImportBatch(db, {
      where: { id },
      from: "CHECKING",
      to: "FAILED",
      data: { failureKey: "generic", file: null },
    });
  }
}

export async function applyDeputyBatch(id: string): Promise<void> {
  const batch = await db.importBatch.findUniqueOrThrow({
    where: { id },
    select: { preview: true, createdBy: { select: { id: true, role: true } } },
  });
  const preview = batch.preview as unknown as Preview<DeputyImportData>;
  const actor = batch.createdBy;
  try {
    await db.$transaction(
      async (tx) => {
        const result = await applyDeputyImport(tx, preview.data, actor, id, (done, total) =>
          setProgress(id, Math.round(done), total),
        );
        const summary = { ...result, excludedErrors: preview.totals.error };
        await moveImportBatch(tx, { where: { id }, from: "APPLYING", to: "DONE", data: { result: summary } });
        await recordAudit(
          {
            actor,
            action: "deputy.import.apply",
            target: { type: "ImportBatch", id },
            result: "SUCCESS",
            detail: summary,
          },
          tx,
        );
      },
      { timeout: 600_000, maxWait: 30_000 },
    );
  } catch (err) {
    console.error("[import] write failed", id, err);
    await moveImportBatch(db, { where: { id }, from: "APPLYING", to: "FAILED", data: { failureKey: "applyFailed" } });
    await recordAudit({
      actor,
      action: "deputy.import.apply",
      target: { type: "ImportBatch", id },
      result: "FAILURE",
      detail: { error: String((err as Error)?.message ?? err).slice(0, 300) },
    });
  }
}
