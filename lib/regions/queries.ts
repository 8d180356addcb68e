// The region tree below a staff member's own region: all of it in tree order (small installs, tests), or a level
// or a search at a time, paged (province scale, the staff page).
import { db } from "../db.ts";
import type { Actor } from "../auth/permissions.ts";
import { requireRole, requireScope } from "../auth/authorize-in-region.ts";
import { notFound } from "../errors.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ClientInfo } from "../http/client-info.ts";

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

export const REGION_PAGE_SIZE = 50;
const MAX_QUERY = 40;

const rowSelect = {
  id: true,
  code: true,
  name: true,
  level: true,
  path: true,
  parent: { select: { name: true } },
  _count: { select: { children: true } },
} as const;

/**
 * The region tree at province scale, one level or one search at a time (a province has tens of thousands of
 * communities): the children of `parentId` (by default the staff member's own region), or every region of the
 * subtree whose name contains `q` or whose code starts with it; a page of REGION_PAGE_SIZE with the total. The
 * scope is in the `where`: a parent outside the staff member's region is "not found", audited like any refusal.
 */
export async function browseRegionsForStaff(
  actor: Actor,
  opts: { parentId?: number; q?: string; page?: number },
  client?: ClientInfo,
) {
  const target = { type: "Region", id: opts.parentId ?? "own" };
  await requireRole(actor, "region.manage", target, client);
  const scopePath = actor.regionPath ?? "/none/";
  const page = Math.max(1, Math.min(opts.page ?? 1, 10_000));
  const q = opts.q?.trim().slice(0, MAX_QUERY) ?? "";
  const own = await db.region.findFirst({ where: { path: scopePath }, select: { id: true } });
  const parent = await db.region.findUnique({
    where: { id: opts.parentId ?? own?.id ?? 0 },
    select: { id: true, code: true, name: true, level: true, path: true },
  });
  await requireScope(actor, "region.manage", parent ? { regionPath: parent.path } : null, target, client);
  if (!parent) throw notFound();

  const where: Prisma.RegionWhereInput = q
    ? {
        path: { startsWith: scopePath },
        OR: [{ name: { contains: q } }, { code: { startsWith: q } }],
      }
    : { parentId: parent.id };
  const [rows, total] = await Promise.all([
    db.region.findMany({
      where,
      orderBy: q ? [{ level: "asc" }, { code: "asc" }, { id: "asc" }] : [{ code: "asc" }, { id: "asc" }],
      skip: (page - 1) * REGION_PAGE_SIZE,
      take: REGION_PAGE_SIZE,
      select: rowSelect,
    }),
    db.region.count({ where }),
  ]);
  // The way down from the staff member's own region to the parent, for the breadcrumb.
  const chainIds = parent.path.split("/").filter(Boolean).map(Number);
  const chain = await db.region.findMany({
    where: { id: { in: chainIds }, path: { startsWith: scopePath } },
    select: { id: true, name: true, level: true, path: true },
  });
  chain.sort((a, b) => a.path.length - b.path.length);
  return { parent, chain, rows, total, page, pageSize: REGION_PAGE_SIZE, q, ownPath: scopePath };
}
