// Handling units of the staff member's region subtree, for the register page.
import { db } from "../db.ts";
import type { Actor } from "../auth/permissions.ts";

export async function listUnitsForStaff(actor: Actor) {
  if (actor.role !== "COMMITTEE_STAFF" || !actor.regionPath) return [];
  return db.handlingUnit.findMany({
    where: { region: { path: { startsWith: actor.regionPath } } },
    orderBy: [{ active: "desc" }, { code: "asc" }],
    take: 1000,
    select: {
      id: true,
      code: true,
      name: true,
      shortName: true,
      regionId: true,
      contact: true,
      contactPhone: true,
      active: true,
      region: { select: { name: true } },
    },
  });
}
