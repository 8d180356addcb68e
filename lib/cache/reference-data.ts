// The per-process caches of reference data (categories, the region tree, handling units, the public station map)
// are cleared when staff edit that data: in this process at once, and in every other web instance and the worker
// through PostgreSQL's NOTIFY within moments (decision 0052; each cache registers with onInvalidate).
import { invalidate } from "./shared-invalidation.ts";

export function clearReferenceCaches(): void {
  invalidate("reference").catch((err: unknown) => console.error("[cache] could not notify other processes", err));
}
