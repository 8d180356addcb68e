// The top of a real installation's region tree, made from the command line (`npm run region:create-root`): staff
// edit only below their own region, so the first region (a province, or a city for a city install) comes from
// the operator, like the first admin. With `adopt`, the existing top regions (a city install joining its
// province) move under the new one: every path is prefixed in one transaction, so scope by path keeps working.
// The figures' materialized view carries region paths too; its next refresh (at most five minutes) picks them up.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { RegionLevel } from "../generated/prisma/enums.ts";
import { clearReferenceCaches } from "../cache/reference-data.ts";

export async function createRootRegion(input: {
  code: string;
  name: string;
  level: RegionLevel;
  adopt?: boolean;
}): Promise<{ id: number; adopted: number }> {
  if (!/^\d{6,12}$/.test(input.code)) throw new AppError("invalid", "places.regionCode");
  const name = input.name.trim();
  if (!name || name.length > 60) throw new AppError("invalid", "places.nameRequired");
  const result = await db.$transaction(async (tx) => {
    // One re-rooting at a time: the path rewrite must see every root.
    await tx.$executeRaw`LOCK TABLE "Region" IN SHARE ROW EXCLUSIVE MODE`;
    const roots = await tx.region.findMany({ where: { parentId: null }, select: { id: true, path: true } });
    const created = await tx.region.create({
      data: { code: input.code, name, level: input.level, path: "" },
      select: { id: true },
    });
    const prefix = `/${created.id}`;
    await tx.region.update({ where: { id: created.id }, data: { path: `${prefix}/` } });
    if (input.adopt && roots.length > 0) {
      const ids = roots.map((r) => r.id);
      await tx.region.updateMany({ where: { id: { in: ids } }, data: { parentId: created.id } });
      // Every region below an old root gains the new root in front of its path ("/1/4/" → "/900/1/4/").
      await tx.$executeRaw`UPDATE "Region" SET path = ${prefix} || path WHERE id <> ${created.id}`;
    }
    await recordAudit(
      {
        action: "region.createRoot",
        result: "SUCCESS",
        target: { type: "Region", id: created.id },
        detail: { after: { code: input.code, name, level: input.level }, adopted: input.adopt ? roots.length : 0 },
      },
      tx,
    );
    return { id: created.id, adopted: input.adopt ? roots.length : 0 };
  });
  clearReferenceCaches();
  return result;
}
