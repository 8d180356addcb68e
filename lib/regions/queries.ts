// The region tree of the staff member's own region, in tree order (path sorts parents before children).
import { db } from "../db.ts";
import type { Actor } from "../auth/permissions.ts";

export async function regionTreeForStaff(actor: Actor) {
  if (actor.role !== "COMMITTEE_STAFF" || !actor.regionPath) return [];
  const rows = await db.region.findMany({
    where: { path: { startsWith: actor.regionPath } },
    take: 5000,
    select: { id: true, code: true, name: true, level: true, path: true, parentId: true },
  });
  // Sort by the chain of ids numerically ("/1/10/" after "/1/9/").
  const key = (p: string) => p.split("/").filter(Boolean).map(Number);
  return rows.sort((a, b) => {
    const ka = key(a.path);
    const kb = key(b.path);
    for (let i = 0; i < Math.min(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return ka.length - kb.length;
  });
}
