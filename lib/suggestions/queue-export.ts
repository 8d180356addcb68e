// Every row of the staff queue under the given filters, page after page (the same keyset walk and scope as the
// page itself, so the file holds exactly what paging through the queue would show), for the Excel export.
import type { Actor } from "../auth/permissions.ts";
import { listStaffQueue, type QueueFilters, type QueueRow } from "./staff-queue.ts";

/** A queue export is a working list, not a data dump: past this many rows the file says it stopped. */
export const QUEUE_EXPORT_LIMIT = 10_000;

export async function* allQueueRows(
  actor: Actor,
  filters: QueueFilters,
  limit = QUEUE_EXPORT_LIMIT,
  now = new Date(),
): AsyncGenerator<QueueRow> {
  let after = filters.after;
  let n = 0;
  for (;;) {
    const page = await listStaffQueue(actor, { ...filters, after }, now);
    for (const row of page.rows) {
      yield row;
      if (++n >= limit) return;
    }
    if (!page.next) return;
    after = page.next;
  }
}
