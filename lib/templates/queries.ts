// Reading templates: the ones a staff member keeps (their region subtree) and the ones offered on an item's form
// (its region or any region above it, its category or none, and for replies the chosen class or none). The
// offered ones are read only for an item the caller has already been allowed to act on (the page loaded it).
import { db } from "../db.ts";
import type { ReplyClass } from "../generated/prisma/enums.ts";
import type { Actor } from "../auth/permissions.ts";
import { scopeRule } from "../auth/permissions.ts";
import type { TemplateKindName } from "./kinds.ts";

/** Templates kept in the staff member's region subtree, newest change first (at most 500: one office's set). */
export function templatesKeptBy(actor: Actor) {
  if (scopeRule(actor, "template.manage") !== "region" || !actor.regionPath) return Promise.resolve([]);
  return db.replyTemplate.findMany({
    where: { region: { path: { startsWith: actor.regionPath } } },
    orderBy: [{ active: "desc" }, { kind: "asc" }, { updatedAt: "desc" }],
    take: 500,
    select: {
      id: true,
      kind: true,
      title: true,
      body: true,
      categoryId: true,
      replyClass: true,
      active: true,
      version: true,
      region: { select: { name: true } },
      category: { select: { name: true } },
    },
  });
}

export type OfferedTemplate = {
  id: number;
  kind: TemplateKindName;
  title: string;
  body: string;
  replyClass: ReplyClass | null;
};

/** The region ids on an item's path ("/1/4/17/" → 1, 4, 17): the templates of these regions apply to it. */
const pathIds = (path: string) => path.split("/").filter(Boolean).map(Number).filter(Number.isInteger);

/** Templates offered for an item of `regionId` and `categoryId`, most specific first (category, then class). */
export async function templatesFor(
  item: { regionId: number; categoryId: number },
  kinds: readonly TemplateKindName[],
): Promise<OfferedTemplate[]> {
  const region = await db.region.findUnique({ where: { id: item.regionId }, select: { path: true } });
  if (!region) return [];
  return db.replyTemplate.findMany({
    where: {
      active: true,
      kind: { in: [...kinds] },
      regionId: { in: pathIds(region.path) },
      OR: [{ categoryId: null }, { categoryId: item.categoryId }],
    },
    orderBy: [
      { categoryId: { sort: "asc", nulls: "last" } },
      { replyClass: { sort: "asc", nulls: "last" } },
      { title: "asc" },
    ],
    take: 100,
    select: { id: true, kind: true, title: true, body: true, replyClass: true },
  });
}
