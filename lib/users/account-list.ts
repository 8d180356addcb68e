// The system admin's list of staff-type accounts (every role but residents), with search and filters. Keyset
// paging on the id, newest first, over a partial index of non-resident rows, so a province's ~20,000 accounts
// page as fast as a town's and the residents (who may be far more) are never scanned (P3, docs/decisions/0042).
import { z } from "zod";
import { db } from "../db.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { idParam } from "../http/search-params.ts";
import { STAFF_ROLES } from "./schemas.ts";

export const ACCOUNT_STATES = ["active", "locked", "disabled", "mustChange"] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

export const accountFilterSchema = z.strictObject({
  q: z.string().trim().min(1).max(40).optional(),
  role: z.enum(STAFF_ROLES).optional(),
  state: z.enum(ACCOUNT_STATES).optional(),
  regionId: idParam.optional(),
  unitId: idParam.optional(),
  stationId: idParam.optional(),
  after: idParam.optional(),
});
export type AccountFilter = z.output<typeof accountFilterSchema>;

export const ACCOUNT_PAGE_SIZE = 25;

function stateWhere(state: AccountState | undefined, now: Date): Prisma.UserWhereInput {
  switch (state) {
    case undefined:
      return {};
    case "disabled":
      return { disabledAt: { not: null } };
    case "locked":
      return { disabledAt: null, lockedUntil: { gt: now } };
    case "mustChange":
      return { disabledAt: null, mustChangePassword: true };
    case "active":
      return { disabledAt: null, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] };
  }
}

/** An account is "in" a region when its own scope, its unit, or one of its stations lies in the subtree. */
function regionWhere(path: string): Prisma.UserWhereInput {
  const inTree = { path: { startsWith: path } };
  return {
    OR: [
      { region: inTree },
      { unit: { region: inTree } },
      { stationsManaged: { some: { station: { region: inTree } } } },
      { deputy: { stations: { some: { station: { region: inTree } } } } },
    ],
  };
}

export async function listAccounts(actor: Actor, filter: AccountFilter, now = new Date()) {
  if (!can(actor, "user.manage")) throw new AppError("forbidden");
  const and: Prisma.UserWhereInput[] = [stateWhere(filter.state, now)];
  if (filter.q) {
    const q = filter.q;
    and.push({ OR: [{ name: { contains: q, mode: "insensitive" } }, { username: { contains: q.toLowerCase() } }] });
  }
  if (filter.regionId) {
    const region = await db.region.findUnique({ where: { id: filter.regionId }, select: { path: true } });
    and.push(region ? regionWhere(region.path) : { id: -1 });
  }
  if (filter.unitId) and.push({ unitId: filter.unitId });
  if (filter.stationId) and.push({ stationsManaged: { some: { stationId: filter.stationId } } });
  const where: Prisma.UserWhereInput = { role: filter.role ?? { not: "RESIDENT" }, AND: and };

  const [rows, total] = await Promise.all([
    db.user.findMany({
      where: filter.after ? { ...where, id: { lt: filter.after } } : where,
      orderBy: { id: "desc" },
      take: ACCOUNT_PAGE_SIZE + 1,
      select: {
        id: true,
        role: true,
        name: true,
        username: true,
        lastLoginAt: true,
        disabledAt: true,
        lockedUntil: true,
        mustChangePassword: true,
        region: { select: { name: true } },
        unit: { select: { name: true } },
        deputy: { select: { name: true } },
        stationsManaged: { select: { station: { select: { name: true } } }, take: 2, orderBy: { stationId: "asc" } },
        _count: { select: { stationsManaged: true } },
      },
    }),
    db.user.count({ where }),
  ]);
  const page = rows.slice(0, ACCOUNT_PAGE_SIZE);
  return {
    total,
    next: rows.length > ACCOUNT_PAGE_SIZE ? page[page.length - 1].id : null,
    rows: page.map((u) => ({
      id: u.id,
      role: u.role,
      name: u.name,
      username: u.username ?? "",
      lastLoginAt: u.lastLoginAt,
      states: accountStates(u, now),
      scope: {
        region: u.region?.name ?? null,
        unit: u.unit?.name ?? null,
        deputy: u.deputy?.name ?? null,
        stations: u.stationsManaged.map((s) => s.station.name),
        stationCount: u._count.stationsManaged,
      },
    })),
  };
}

/** Every state that applies, in the order a person should read them ("active" only when nothing else does). */
export function accountStates(
  u: { disabledAt: Date | null; lockedUntil: Date | null; mustChangePassword: boolean },
  now = new Date(),
): AccountState[] {
  const out: AccountState[] = [];
  if (u.disabledAt) out.push("disabled");
  if (u.lockedUntil && u.lockedUntil > now) out.push("locked");
  if (u.mustChangePassword) out.push("mustChange");
  return out.length ? out : ["active"];
}
