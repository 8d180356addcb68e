// The region tree below a staff member's own region: add a child, rename. A region is never deleted (stations,
// units, people and items hang on it), and its place in the tree never changes here, so `path` stays what it was.
// Codes (行政区划代码) are unique. The tree is cached per process: edits clear the cache.
import { z } from "zod";
import * as f from "../validation/fields.ts";
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { requireRole, requireScope } from "../auth/authorize-in-region.ts";
import type { Actor } from "../auth/permissions.ts";
import { clearReferenceCaches } from "../cache/reference-data.ts";
import type { RegionLevel } from "../generated/prisma/enums.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { onUniqueViolation } from "../database-errors.ts";

const id = f.id();
const name = z
  .string({ error: "places.nameRequired" })
  .trim()
  .min(1, { error: "places.nameRequired" })
  .max(60, { error: "tooLong" });
export const addRegionSchema = z.strictObject({
  parentId: id,
  code: z
    .string({ error: "places.regionCode" })
    .trim()
    .regex(/^\d{6,12}$/, { error: "places.regionCode" }),
  name,
});
export const renameRegionSchema = z.strictObject({ regionId: id, name });

/** The level a child of each level takes; a community has no children. */
const CHILD_LEVEL: Record<RegionLevel, RegionLevel | null> = {
  PROVINCE: "CITY",
  CITY: "DISTRICT",
  DISTRICT: "TOWNSHIP",
  TOWNSHIP: "COMMUNITY",
  COMMUNITY: null,
};

export async function addRegion(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ id: number }> {
  const target = { type: "Region", id: "new" };
  await requireRole(actor, "region.manage", target, client);
  const input = addRegionSchema.parse(raw);
  const parent = await db.region.findUnique({
    where: { id: input.parentId },
    select: { id: true, path: true, level: true },
  });
  // The parent is the actor's own region or below it: adding under one's own region is editing below it.
  await requireScope(actor, "region.manage", parent ? { regionPath: parent.path } : null, target, client);
  if (!parent) throw notFound();
  const level = CHILD_LEVEL[parent.level];
  if (!level) throw new AppError("invalid", "places.regionNoChildren");
  try {
    const r = await db.$transaction(async (tx) => {
      const created = await tx.region.create({
        data: { code: input.code, name: input.name, level, parentId: parent.id, path: "" },
        select: { id: true },
      });
      const path = `${parent.path}${created.id}/`;
      await tx.region.update({ where: { id: created.id }, data: { path } });
      await recordAudit(
        {
          actor,
          action: "region.create",
          target: { type: "Region", id: created.id },
          result: "SUCCESS",
          client,
          detail: { after: { code: input.code, name: input.name, level, parentId: parent.id, path } },
        },
        tx,
      );
      return created;
    });
    clearReferenceCaches();
    return r;
  } catch (err) {
    throw onUniqueViolation(err, "places.regionCodeTaken", "code");
  }
}

export async function renameRegion(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = renameRegionSchema.parse(raw);
  const target = { type: "Region", id: input.regionId };
  await requireRole(actor, "region.manage", target, client);
  const r = await db.region.findUnique({ where: { id: input.regionId }, select: { id: true, name: true, path: true } });
  // Strictly below the actor's own region: their own region's name is the system admin's to change.
  const below = r && actor.regionPath && r.path !== actor.regionPath ? { regionPath: r.path } : null;
  await requireScope(actor, "region.manage", below, target, client);
  if (!r) throw notFound();
  await db.$transaction(async (tx) => {
    await tx.region.update({ where: { id: r.id }, data: { name: input.name } });
    await recordAudit(
      {
        actor,
        action: "region.rename",
        target,
        result: "SUCCESS",
        client,
        detail: { before: { name: r.name }, after: { name: input.name } },
      },
      tx,
    );
  });
  clearReferenceCaches();
}
