// Writes a checked stations file in one transaction, set-based: homes, then stations, then points (so a parent
// new in the same file exists before its children name it), each kind one INSERT … ON CONFLICT (code) statement,
// then one audit row per station created or changed. Unchanged rows were left out by the check, so the same file
// twice writes nothing the second time.
import { randomBytes } from "node:crypto";
import type { Tx } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { StationKind } from "../../generated/prisma/enums.ts";
import type { ApplyOutcome, BatchContext } from "../../import/handler.ts";
import type { StationImportData } from "./check-station-import.ts";

const ORDER: StationKind[] = ["HOME", "STATION", "POINT"];

export async function applyStationImport(
  tx: Tx,
  data: StationImportData,
  ctx: BatchContext,
  onProgress: (done: number, total: number) => Promise<void>,
): Promise<ApplyOutcome> {
  const ids = new Map<string, number>();
  const total = data.stations.length;
  let done = 0;
  for (const kind of ORDER) {
    const part = data.stations.filter((s) => s.kind === kind);
    if (!part.length) continue;
    // The update only reaches stations of the uploader's subtree: a code taken elsewhere since the preview
    // returns no row, and the count check below rolls everything back.
    const rows = await tx.$queryRaw<{ id: number; code: string }[]>`
      INSERT INTO "Station" ("code", "name", "kind", "parentId", "regionId", "address", "lat", "lng", "openingHours",
                             "contactName", "contactPhone", "intro", "qrToken", "updatedAt")
      SELECT x.code, x.name, x.kind, p.id, x.region, x.address, x.lat, x.lng, x.hours, x.cname, x.cphone, x.intro,
             x.qr, now()
      FROM unnest(
        ${part.map((s) => s.code)}::text[], ${part.map((s) => s.name)}::text[],
        ${part.map((s) => s.kind)}::"StationKind"[], ${part.map((s) => s.parentCode)}::text[],
        ${part.map((s) => s.regionId)}::int[], ${part.map((s) => s.address)}::text[],
        ${part.map((s) => s.lat)}::numeric[], ${part.map((s) => s.lng)}::numeric[],
        ${part.map((s) => s.openingHours)}::text[], ${part.map((s) => s.contactName)}::text[],
        ${part.map((s) => s.contactPhone)}::text[], ${part.map((s) => s.intro)}::text[],
        ${part.map(() => randomBytes(12).toString("base64url"))}::text[]
      ) AS x(code, name, kind, parent, region, address, lat, lng, hours, cname, cphone, intro, qr)
      LEFT JOIN "Station" p ON p.code = x.parent
      ON CONFLICT ("code") DO UPDATE SET
        "name" = EXCLUDED."name", "kind" = EXCLUDED."kind", "parentId" = EXCLUDED."parentId",
        "regionId" = EXCLUDED."regionId", "address" = EXCLUDED."address", "lat" = EXCLUDED."lat",
        "lng" = EXCLUDED."lng", "openingHours" = EXCLUDED."openingHours", "contactName" = EXCLUDED."contactName",
        "contactPhone" = EXCLUDED."contactPhone", "intro" = EXCLUDED."intro", "updatedAt" = now()
      WHERE "Station"."regionId" IN (SELECT r.id FROM "Region" r WHERE r.path LIKE ${ctx.regionPath + "%"})
      RETURNING "id", "code"`;
    if (rows.length !== part.length) throw new Error("station import: a code is held outside the region");
    for (const r of rows) ids.set(r.code, r.id);
    done += part.length;
    await onProgress(done, total);
  }
  // Every parent the file names was found (new in the file, or in the region at the check): no silent orphan.
  const withParent = data.stations.flatMap((s) => (s.parentCode ? [s.code] : []));
  if (withParent.length && (await tx.station.count({ where: { code: { in: withParent }, parentId: null } })) > 0)
    throw new Error("station import: a parent station is missing");

  await tx.auditEvent.createMany({
    data: data.stations.map((s): Prisma.AuditEventCreateManyInput => ({
      actorId: ctx.createdBy.id,
      actorRole: ctx.createdBy.role,
      action: s.verdict === "new" ? "station.create" : "station.edit",
      targetType: "Station",
      targetId: String(ids.get(s.code)),
      result: "SUCCESS",
      detail: {
        via: "import",
        importId: ctx.id,
        code: s.code,
        before: s.before,
        after: s.after,
      },
    })),
  });
  return {
    summary: {
      created: data.stations.filter((s) => s.verdict === "new").length,
      updated: data.stations.filter((s) => s.verdict === "changed").length,
      unchanged: data.unchanged,
    },
  };
}
