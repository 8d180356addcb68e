// 星级评定: the only write path for a station's star level and 六有 checklist. Each assessment is kept, so the
// station page shows how the station rose; the latest one (by date, then by when it was entered) is copied onto
// the station, so a back-dated assessment entered late does not overwrite a newer one.
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { loadStationForAdmin } from "./load-station.ts";
import { assessmentSchema } from "./schemas.ts";

const CHECKLIST = ["hasVenue", "hasStaff", "hasRules", "hasActivities", "hasFunding", "hasEquipment"] as const;

export async function recordAssessment(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ id: number }> {
  const input = assessmentSchema.parse(raw);
  const s = await loadStationForAdmin(input.stationId, actor, client);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Station" WHERE id = ${s.id} FOR UPDATE`;
    const before = await tx.station.findUniqueOrThrow({
      where: { id: s.id },
      select: { starLevel: true, ...Object.fromEntries(CHECKLIST.map((k) => [k, true])) },
    });
    const items = Object.fromEntries(CHECKLIST.map((k) => [k, input[k]])) as Record<
      (typeof CHECKLIST)[number],
      boolean
    >;
    const a = await tx.stationAssessment.create({
      data: {
        stationId: s.id,
        assessedOn: new Date(`${input.assessedOn}T00:00:00Z`),
        assessorName: input.assessorName,
        level: input.level,
        notes: input.notes ?? null,
        recordedById: actor.id,
        ...items,
      },
      select: { id: true },
    });
    const latest = await tx.stationAssessment.findFirstOrThrow({
      where: { stationId: s.id },
      orderBy: [{ assessedOn: "desc" }, { id: "desc" }],
      select: { level: true, ...Object.fromEntries(CHECKLIST.map((k) => [k, true])) },
    });
    const current = {
      starLevel: latest.level,
      ...Object.fromEntries(CHECKLIST.map((k) => [k, Boolean((latest as Record<string, unknown>)[k])])),
    };
    await tx.station.update({ where: { id: s.id }, data: current });
    await recordAudit(
      {
        actor,
        action: "station.assess",
        target: { type: "Station", id: s.id },
        result: "SUCCESS",
        client,
        detail: {
          assessmentId: a.id,
          assessment: { assessedOn: input.assessedOn, assessorName: input.assessorName, level: input.level, ...items },
          before,
          after: current,
        },
      },
      tx,
    );
    return a;
  });
}
