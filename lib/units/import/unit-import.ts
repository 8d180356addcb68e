// Handling units as a kind of import (docs/decisions/0053): checked by check-unit-import.ts, written here in one
// statement (INSERT … ON CONFLICT (code), only over units of the uploader's subtree) plus one audit row per unit.
import type { Prisma } from "../../generated/prisma/client.ts";
import { clearReferenceCaches } from "../../cache/reference-data.ts";
import type { ImportHandler } from "../../import/handler.ts";
import { checkUnitRows, type UnitImportData } from "./check-unit-import.ts";
import { UNIT_SHEET } from "./sheet.ts";

export const unitImport: ImportHandler<UnitImportData> = {
  sheets: [UNIT_SHEET],
  mainSheet: UNIT_SHEET.name,
  check: (sheets, ctx, onProgress) => checkUnitRows(sheets[UNIT_SHEET.name], ctx.regionPath, onProgress),
  async apply(tx, data, ctx, onProgress) {
    const u = data.units;
    const rows = u.length
      ? await tx.$queryRaw<{ id: number; code: string }[]>`
      INSERT INTO "HandlingUnit" ("code", "name", "shortName", "regionId", "contact", "contactPhone", "active")
      SELECT * FROM unnest(
        ${u.map((x) => x.code)}::text[], ${u.map((x) => x.name)}::text[], ${u.map((x) => x.shortName)}::text[],
        ${u.map((x) => x.regionId)}::int[], ${u.map((x) => x.contact)}::text[],
        ${u.map((x) => x.contactPhone)}::text[], ${u.map((x) => x.active)}::boolean[])
      ON CONFLICT ("code") DO UPDATE SET
        "name" = EXCLUDED."name", "shortName" = EXCLUDED."shortName", "regionId" = EXCLUDED."regionId",
        "contact" = EXCLUDED."contact", "contactPhone" = EXCLUDED."contactPhone", "active" = EXCLUDED."active"
      WHERE "HandlingUnit"."regionId" IN (SELECT r.id FROM "Region" r WHERE r.path LIKE ${ctx.regionPath + "%"})
      RETURNING "id", "code"`
      : [];
    if (rows.length !== u.length) throw new Error("unit import: a code is held outside the region");
    const ids = new Map(rows.map((r) => [r.code, r.id]));
    await tx.auditEvent.createMany({
      data: u.map((x): Prisma.AuditEventCreateManyInput => ({
        actorId: ctx.createdBy.id,
        actorRole: ctx.createdBy.role,
        action: x.verdict === "new" ? "unit.create" : "unit.edit",
        targetType: "HandlingUnit",
        targetId: String(ids.get(x.code)),
        result: "SUCCESS",
        detail: { via: "import", importId: ctx.id, code: x.code, before: x.before, after: x.after },
      })),
    });
    await onProgress(u.length, u.length);
    return {
      summary: {
        created: u.filter((x) => x.verdict === "new").length,
        updated: u.filter((x) => x.verdict === "changed").length,
        unchanged: data.unchanged,
      },
    };
  },
  afterApply: clearReferenceCaches,
};
