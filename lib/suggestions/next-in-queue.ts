// "下一条": the item after this one in the staff queue as the person filtered it. The queue's filters travel in
// the item's link; the next item is the first row of the queue continued after this item's own sort key, so it
// is found with the same query (and scope) the list used, even when this item has since moved out of the list.
import type { Actor } from "../auth/permissions.ts";
import { encodeCursor } from "../pagination/keyset.ts";
import { listStaffQueue, type QueueFilters } from "./staff-queue.ts";

export async function nextInQueue(
  actor: Actor,
  filters: QueueFilters,
  item: { id: number; submittedAt: Date; dueAt: Date | null },
): Promise<{ id: number; title: string } | null> {
  const at = filters.sort === "light" ? item.dueAt : item.submittedAt;
  if (!at) return null;
  const page = await listStaffQueue(actor, { ...filters, after: encodeCursor({ at, id: item.id }) });
  const next = page.rows[0];
  return next ? { id: next.id, title: next.title } : null;
}
