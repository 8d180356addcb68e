// Choices for the dashboard's slice form beyond the queue's (categories, areas, stations come from
// lib/suggestions/staff-queue-options.ts): the handling units that serve the actor's area, i.e. units of the area
// itself, of a region above it (a city's bureau handles its districts' items) or below it.
import { db } from "../db.ts";
import type { Actor } from "../auth/permissions.ts";

export async function unitOptions(actor: Actor): Promise<{ id: number; name: string }[]> {
  if (!actor.regionPath) return [];
  const ancestors = actor.regionPath.split("/").filter(Boolean).map(Number);
  return db.handlingUnit.findMany({
    where: { OR: [{ regionId: { in: ancestors } }, { region: { path: { startsWith: actor.regionPath } } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true },
  });
}
