// Choices for the dashboard's slice form beyond the queue's (categories, areas, stations come from
// lib/suggestions/staff-queue-options.ts): the handling units that serve the actor's area, i.e. units of the area
// itself, of a region above it (a city's bureau handles its districts' items) or below it.
// Read on every dashboard view and changed rarely: kept for a minute per area, like the queue's choices.
import { ttlCache } from "../cache/ttl-cache.ts";
import { db } from "../db.ts";
import type { Actor } from "../auth/permissions.ts";

type UnitOption = { id: number; name: string };
const cache = ttlCache<UnitOption[]>(60_000);

/** Called when staff edit handling units, so this process offers the change at once. */
export const clearUnitOptionsCache = (): void => cache.clear();

export async function unitOptions(actor: Actor): Promise<UnitOption[]> {
  const scope = actor.regionPath;
  if (!scope) return [];
  return cache.get(scope, () => readUnitOptions(scope));
}

function readUnitOptions(scope: string): Promise<UnitOption[]> {
  const ancestors = scope.split("/").filter(Boolean).map(Number);
  return db.handlingUnit.findMany({
    where: { OR: [{ regionId: { in: ancestors } }, { region: { path: { startsWith: scope } } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true },
  });
}
