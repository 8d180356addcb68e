// Writes a checked deputies file in one transaction, set-based (INSERT … SELECT FROM unnest, a handful of
// statements however many rows): the people, their mandates, their stations, and one audit row per person
// created or changed with the fields before and after. Rows the check found unchanged are not touched, so
// importing the same file twice changes nothing.
import { randomBytes } from "node:crypto";
import type { Tx } from "../../db.ts";
import type { Role } from "../../generated/prisma/enums.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { DeputyImportData } from "./check-deputy-import.ts";

export type DeputyImportResult = {
  created: number;
  updated: number;
  unchanged: number;
  mandatesWritten: number;
  stationLinksSet: number;
};

const CHUNK = 5000;

export async function applyDeputyImport(
  tx: Tx,
  data: DeputyImportData,
  actor: { id: number; role: Role },
  importId: string,
  onProgress: (done: number, total: number) => Promise<void> = async () => {},
): Promise<DeputyImportResult> {
  const all = data.deputies;
  const people = all.filter((d) => d.verdict === "new" || d.personChanged);
  const ids = new Map<string, number>();
  for (const d of all) if (d.id != null) ids.set(d.code, d.id);
  const total = all.length;

  for (let i = 0; i < people.length; i += CHUNK) {
    const part = people.slice(i, i + CHUNK);
    const rows = await tx.$queryRaw<{ id: number; code: string }[]>`
      INSERT INTO "Deputy" ("code", "name", "gender", "occupation", "groupId", "phoneEnc", "bio", "qrToken")
      SELECT * FROM unnest(
        ${part.map((d) => d.code)}::text[], ${part.map((d) => d.name)}::text[], ${part.map((d) => d.gender)}::text[],
        ${part.map((d) => d.occupation)}::text[], ${part.map((d) => d.groupId)}::int[],
        ${part.map((d) => d.phoneEnc)}::text[], ${part.map((d) => d.bio)}::text[],
        ${part.map(() => randomBytes(12).toString("hex"))}::text[])
      ON CONFLICT ("code") DO UPDATE SET
        "name" = EXCLUDED."name", "gender" = EXCLUDED."gender", "occupation" = EXCLUDED."occupation",
        "groupId" = EXCLUDED."groupId", "phoneEnc" = EXCLUDED."phoneEnc", "bio" = EXCLUDED."bio"
      RETURNING "id", "code"`;
    for (const r of rows) ids.set(r.code, r.id);
    await onProgress(Math.min(i + CHUNK, people.length) / 2, total);
  }

  const mandates = all.flatMap((d) => d.mandates.map((m) => ({ ...m, deputyId: ids.get(d.code)! })));
  for (let i = 0; i < mandates.length; i += CHUNK) {
    const part = mandates.slice(i, i + CHUNK);
    await tx.$executeRaw`
      INSERT INTO "DeputyMandate" ("deputyId", "level", "term", "regionId", "constituency", "startsOn", "endsOn")
      SELECT * FROM unnest(
        ${part.map((m) => m.deputyId)}::int[], ${part.map((m) => m.level)}::"DeputyLevel"[],
        ${part.map((m) => m.term)}::int[], ${part.map((m) => m.regionId)}::int[],
        ${part.map((m) => m.constituency)}::text[], ${part.map((m) => m.startsOn)}::date[],
        ${part.map((m) => m.endsOn)}::date[])
      ON CONFLICT ("deputyId", "level", "term") DO UPDATE SET
        "regionId" = EXCLUDED."regionId", "constituency" = EXCLUDED."constituency",
        "startsOn" = EXCLUDED."startsOn", "endsOn" = EXCLUDED."endsOn"`;
  }

  // A deputy's stations are the ones the file lists: links it no longer lists go, new ones come.
  const moved = all.filter((d) => d.stationsChanged);
  const movedIds = moved.map((d) => ids.get(d.code)!);
  const links = moved.flatMap((d) => d.stationIds.map((s) => ({ d: ids.get(d.code)!, s })));
  if (movedIds.length) {
    await tx.$executeRaw`
      DELETE FROM "StationDeputy" sd WHERE sd."deputyId" = ANY(${movedIds}::int[])
        AND NOT EXISTS (SELECT 1 FROM unnest(${links.map((l) => l.d)}::int[], ${links.map((l) => l.s)}::int[]) AS x(d, s)
                        WHERE x.d = sd."deputyId" AND x.s = sd."stationId")`;
    for (let i = 0; i < links.length; i += CHUNK) {
      const part = links.slice(i, i + CHUNK);
      await tx.$executeRaw`
        INSERT INTO "StationDeputy" ("stationId", "deputyId")
        SELECT s, d FROM unnest(${part.map((l) => l.s)}::int[], ${part.map((l) => l.d)}::int[]) AS x(s, d)
        ON CONFLICT DO NOTHING`;
    }
  }

  const touched = all.filter((d) => d.verdict !== "unchanged");
  for (let i = 0; i < touched.length; i += CHUNK) {
    await tx.auditEvent.createMany({
      data: touched.slice(i, i + CHUNK).map((d): Prisma.AuditEventCreateManyInput => ({
        actorId: actor.id,
        actorRole: actor.role,
        action: d.verdict === "new" ? "deputy.create" : "deputy.update",
        targetType: "Deputy",
        targetId: String(ids.get(d.code)),
        result: "SUCCESS" as const,
        detail: { via: "import", importId, code: d.code, before: d.before, after: d.after } as Prisma.InputJsonObject,
      })),
    });
  }
  await onProgress(total, total);
  return {
    created: all.filter((d) => d.verdict === "new").length,
    updated: all.filter((d) => d.verdict === "changed").length,
    unchanged: all.filter((d) => d.verdict === "unchanged").length,
    mandatesWritten: mandates.length,
    stationLinksSet: links.length,
  };
}
