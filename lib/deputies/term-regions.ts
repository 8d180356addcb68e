// The regions a member of staff may change a term in: their own and those below it.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { can, type Actor } from "../auth/permissions.ts";

export async function regionsForTermChange(actor: Actor) {
  if (!can(actor, "deputy.manage", { regionPath: actor.regionPath })) throw new AppError("forbidden");
  return db.region.findMany({
    where: { path: { startsWith: actor.regionPath! } },
    orderBy: [{ path: "asc" }],
    take: 2000,
    select: { id: true, name: true },
  });
}
