// The job handler: checks every uploaded file and writes every confirmed one, one at a time, each claimed with
// SKIP LOCKED so two workers never take the same batch. Wake-ups come from upload and confirm; the minute's
// schedule sweeps up a lost one (like the outbox).
import { claimBatch } from "./batches.ts";
import { applyDeputyBatch, checkDeputyBatch } from "../deputies/import/process-deputy-import.ts";

export async function runImports(): Promise<number> {
  let handled = 0;
  for (;;) {
    const toCheck = await claimBatch("QUEUED", "CHECKING");
    if (toCheck) {
      await checkDeputyBatch(toCheck);
      handled++;
      continue;
    }
    const toApply = await claimBatch("CONFIRMED", "APPLYING");
    if (toApply) {
      await applyDeputyBatch(toApply);
      handled++;
      continue;
    }
    return handled;
  }
}
