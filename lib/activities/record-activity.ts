// Recording a duty activity (视察, 调研, 执法检查, 专业小组活动, 培训, 述职): staff or a station admin create it with
// its participants, mark who attended (each attendee is credited the rubric's points once; un-marking takes the
// credit back while it is unpublished), write the report and note the issues found (issues.ts).
import { recordAudit } from "../audit/record-audit.ts";
import { requireRole, requireScope } from "../auth/authorize-in-region.ts";
import type { Actor } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { AppError, fieldError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { written } from "../notifications/texts.ts";
import { creditDutyPoints, reverseDutyPoints } from "../reception/duty-points.ts";
import { clashRefusal, findDutyClash, refuseClash, type DutyClash } from "../reception/duty-clash.ts";
import { eligibleDeputiesWhere, loadActivityFor } from "./access.ts";
import { DEFAULT_RATING_DAYS, RULE_OF_KIND } from "./kinds.ts";
import { refuseActivityStep } from "./refusal.ts";
import { attendanceSchema, createActivitySchema, reportSchema } from "./schemas.ts";

const DAY_MS = 86_400_000;

type CreateActivityInput = ReturnType<typeof createActivitySchema.parse>;

export async function createActivity(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ id: number }> {
  const target = { type: "DutyActivity", id: "new" };
  await requireRole(actor, "activity.manage", target, client);
  const input = createActivitySchema.parse(raw);
  // A station admin records for one of their stations; staff for a station of their region or the region itself.
  if (actor.role === "STATION_ADMIN" && input.stationId == null)
    throw fieldError("stationId", "activities.stationRequired");
  const station = input.stationId
    ? await db.station.findFirst({
        where: { id: input.stationId, active: true },
        select: { id: true, regionId: true, region: { select: { path: true } } },
      })
    : null;
  if (input.stationId && !station) throw fieldError("stationId", "activities.stationRequired");
  const regionPath = station?.region.path ?? actor.regionPath;
  const regionId = station?.regionId ?? Number(actor.regionPath?.split("/").filter(Boolean).at(-1));
  await requireScope(
    actor,
    "activity.manage",
    regionPath ? { stationId: station?.id ?? null, regionPath } : null,
    target,
    client,
  );
  const deputyIds = [...new Set(input.deputyIds)];
  const eligible = await db.deputy.count({
    where: { AND: [{ id: { in: deputyIds } }, eligibleDeputiesWhere(actor)!] },
  });
  if (eligible !== deputyIds.length) throw fieldError("deputyIds", "activities.deputyOutOfScope");
  // No clashes (decision 0069): a deputy already on duty at that time (a session, another activity) is named.
  const findClash = () => findDutyClash(deputyIds, input.startsAt, input.endsAt);
  const refusal = (clash: DutyClash) => refuseClash(actor, "activity.create", target, clash, client);
  const clash = await findClash();
  if (clash) throw await refusal(clash);
  try {
    return await createActivityRow(actor, input, { regionId, stationId: station?.id ?? null }, deputyIds, client);
  } catch (err) {
    throw await clashRefusal(err, findClash, refusal);
  }
}

async function createActivityRow(
  actor: Actor,
  input: CreateActivityInput,
  place: { regionId: number; stationId: number | null },
  deputyIds: number[],
  client?: ClientInfo,
): Promise<{ id: number }> {
  const ratingClosesAt =
    input.kind === "REPORT_TO_VOTERS"
      ? new Date(input.endsAt.getTime() + (input.ratingDays ?? DEFAULT_RATING_DAYS) * DAY_MS)
      : null;
  const { regionId, stationId } = place;
  return db.$transaction(async (tx) => {
    const a = await tx.dutyActivity.create({
      data: {
        kind: input.kind,
        regionId,
        stationId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        place: input.place,
        theme: input.theme,
        ratingClosesAt,
        createdById: actor.id,
        deputies: { create: deputyIds.map((deputyId) => ({ deputyId })) },
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actor,
        action: "activity.create",
        target: { type: "DutyActivity", id: a.id },
        result: "SUCCESS",
        client,
        detail: { kind: input.kind, stationId, deputies: deputyIds },
      },
      tx,
    );
    return a;
  });
}

/** Who attended: the attendees are credited the kind's rule (once: the ledger's unique key), those un-marked lose
 *  the credit. Once a quarter's points are published an attendee cannot be un-marked (docs/decisions/0066). */
export async function markAttendance(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()) {
  const input = attendanceSchema.parse(raw);
  const a = await loadActivityFor(actor, input.activityId, client);
  const target = { type: "DutyActivity", id: a.id };
  if (a.startsAt > now) throw await refuseActivityStep(actor, "activity.attendance", target, client, "notStarted");
  const participants = a.deputies.map((d) => d.deputyId);
  const attended = [...new Set(input.attendedDeputyIds)];
  if (attended.some((d) => !participants.includes(d)))
    throw fieldError("attendedDeputyIds", "activities.notParticipant");
  const absent = participants.filter((d) => !attended.includes(d));
  const published = await db.dutyPointEntry.count({
    where: { deputyId: { in: absent }, sourceType: "DutyActivity", sourceId: String(a.id), publishedAt: { not: null } },
  });
  if (published > 0) throw await refuseActivityStep(actor, "activity.attendance", target, client, "pointsPublished");
  await db.$transaction(async (tx) => {
    await tx.dutyActivityDeputy.updateMany({
      where: { activityId: a.id, deputyId: { in: attended } },
      data: { attended: true },
    });
    await tx.dutyActivityDeputy.updateMany({
      where: { activityId: a.id, deputyId: { in: absent } },
      data: { attended: false },
    });
    const code = RULE_OF_KIND[a.kind];
    const credited = await creditDutyPoints(
      tx,
      attended.map((deputyId) => ({
        deputyId,
        code,
        sourceType: "DutyActivity" as const,
        sourceId: a.id,
        note: written(`recorded.dutyPoint.${code}`, { theme: a.theme }),
        occurredAt: a.startsAt,
      })),
    );
    const reversed = await reverseDutyPoints(tx, absent, "DutyActivity", a.id);
    // A publication that slipped in since the check above: leave the ledger as published.
    const stillPublished = await tx.dutyPointEntry.count({
      where: {
        deputyId: { in: absent },
        sourceType: "DutyActivity",
        sourceId: String(a.id),
        publishedAt: { not: null },
      },
    });
    if (stillPublished > 0) throw new AppError("conflict", "activities.pointsPublished");
    await recordAudit(
      {
        actor,
        action: "activity.attendance",
        target,
        result: "SUCCESS",
        client,
        detail: { attended, absent, credited, reversed },
      },
      tx,
    );
  });
}

export async function saveReport(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = reportSchema.parse(raw);
  const a = await loadActivityFor(actor, input.activityId, client);
  await db.$transaction(async (tx) => {
    await tx.dutyActivity.update({ where: { id: a.id }, data: { report: input.report } });
    await recordAudit(
      {
        actor,
        action: "activity.report",
        target: { type: "DutyActivity", id: a.id },
        result: "SUCCESS",
        client,
        detail: { length: input.report.length, replaced: a.report != null },
      },
      tx,
    );
  });
}
