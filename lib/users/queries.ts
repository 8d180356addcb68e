import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { can, type Actor } from "../auth/permissions.ts";
import type { Role } from "../generated/prisma/enums.ts";

export async function countUsersByRole(actor: Actor): Promise<Partial<Record<Role, number>>> {
  if (!can(actor, "user.manage")) throw new AppError("forbidden");
  const rows = await db.user.groupBy({ by: ["role"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.role, r._count._all]));
}
