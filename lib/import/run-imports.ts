// The job handler: checks every uploaded file and writes every confirmed one, one at a time, each claimed with
// SKIP LOCKED so two workers never take the same batch. Wake-ups come from upload and confirm; the minute's
// schedule sweeps up a lost one (like the outbox) and erases one-time passwords nobody revealed in time.
import { claimBatch, dropStaleSecrets } from "./batches.ts";
import { applyBatch, checkBatch } from "./process-import.ts";

export async function runImports(): Promise<number> {
  let handled = 0;
  await dropStaleSecrets();
  for (;;) {
    const toCheck = await claimBatch("QUEUED", "CHECKING");
    if (toCheck) {
      await checkBatch(toCheck);
      handled++;
      continue;
    }
    const toApply = await claimBatch("CONFIRMED", "APPLYING");
    if (toApply) {
      await applyBatch(toApply);
      handled++;
      continue;
    }
    return handled;
  }
}
