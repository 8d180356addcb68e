// Where a signed-in official works, as their area's heading names it: the unit for unit staff, the region for
// committee staff and leaders, the station for a station admin (or how many), the deputy's own name. A person
// should see whose workspace they are in, not only their role.
import { db } from "../db.ts";
import type { Actor } from "./permissions.ts";

export type Place = { name: string; more: number };

const one = (name: string | undefined, more = 0): Place | null => (name ? { name, more } : null);

export async function actorPlace(actor: Actor & { name: string }): Promise<Place | null> {
  if (actor.unitId != null) {
    return one((await db.handlingUnit.findUnique({ where: { id: actor.unitId }, select: { name: true } }))?.name);
  }
  if (actor.role === "DEPUTY") return one(actor.name);
  if (actor.regionPath) {
    const id = Number(actor.regionPath.split("/").filter(Boolean).at(-1));
    return one((await db.region.findUnique({ where: { id }, select: { name: true } }))?.name);
  }
  if (actor.stationIds.length > 0) {
    const first = await db.station.findUnique({ where: { id: Math.min(...actor.stationIds) }, select: { name: true } });
    return one(first?.name, actor.stationIds.length - 1);
  }
  return null;
}
