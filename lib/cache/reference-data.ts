// The per-process caches of reference data (categories, the region tree, handling units) are cleared when staff
// edit that data, so the editor's own process shows the change at once. Other processes (a second web server)
// catch up when their entries expire: a minute at most (docs/decisions/0046).
import { clearUnitOptionsCache } from "../insight/options.ts";
import { clearQueueOptionCaches } from "../suggestions/staff-queue-options.ts";
import { clearPublicStationCaches } from "../stations/queries.ts";

export function clearReferenceCaches(): void {
  clearQueueOptionCaches();
  clearUnitOptionsCache();
  clearPublicStationCaches();
}
