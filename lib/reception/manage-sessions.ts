// Station admins (their stations) and staff (their region) create reception sessions and publish them.
// The 321 rule wants two deputies on duty: fewer is allowed only with the reason recorded (ruleException).
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { assertCan } from "../auth/guard.ts";
import { dayNumber } from "../calendar/civil-date.ts";
import { cancelSessionSchema, createSessionSchema, sessionRefSchema } from "./schemas.ts";
import { notifyProposer } from "../notifications/notify.ts";
import { earliestPublishableStart, RECEPTION_RULES } from "./rules.ts";
import { loadSessionForAction } from "./load-session.ts";
import { written } from "../notifications/texts.ts";
import { moveBooking } from "../status/booking.ts";
import { moveReceptionSession, type SessionStart } from "../status/reception-session.ts";
import { clashRefusal, findDutyClash, refuseClash, type DutyClash } from "./duty-clash.ts";

/** A Shanghai wall-clock time on a civil date, as an instant. */
export function shanghaiInstant(date: string, time: string): Date {
  const [h, m] = time.split(":").map(Number);
  return new Date(dayNumber(date) * 86_400_000 + (h * 60 + m) * 60_000 - 8 * 3_600_000);
}

/** The station, if the actor may manage its sessions (else "not found", S1). */
export async function stationForManaging(actor: Actor, stationId: number, client?: ClientInfo) {
  const station = await db.station.findFirst({
    where: { id: stationId, active: true },
    select: {
      id: true,
      name: true,
      region: { select: { path: true } },
      deputies: { where: { deputy: { active: true } }, select: { deputyId: true } },
    },
  });
  if (!station) throw notFound();
  const scope = { stationId: station.id, regionPath: station.region.path };
  await assertCan(actor, "session.manage", scope, {
    target: { type: "Station", id: stationId },
    client,
    as: "notFound",
  });
  return { ...station, deputyIds: station.deputies.map((d) => d.deputyId) };
}

export async function createSession(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()) {
  const input = createSessionSchema.parse(raw);
  const station = await stationForManaging(actor, input.stationId, client);
  const startsAt = shanghaiInstant(input.date, input.startTime);
  const endsAt = shanghaiInstant(input.date, input.endTime);
  if (endsAt <= startsAt) throw new AppError("invalid", "session.endBeforeStart");
  if (startsAt <= now) throw new AppError("invalid", "session.inPast");
  const deputyIds = [...new Set(input.deputyIds)];
  if (deputyIds.some((d) => !station.deputyIds.includes(d)))
    throw new AppError("invalid", "session.deputyNotAtStation");
  if (deputyIds.length < RECEPTION_RULES.minDeputies && !input.ruleException)
    throw new AppError("invalid", "session.twoDeputies");
  if (input.publish && startsAt < earliestPublishableStart(now))
    throw new AppError("invalid", "session.publishTooLate");
  const target = { type: "Station", id: station.id };
  const refusal = (c: DutyClash) => refuseClash(actor, "session.create", target, c, client);
  const clash = await findDutyClash(deputyIds, startsAt, endsAt);
  if (clash) throw await refusal(clash);

  return db
    .$transaction(async (tx) => {
      const s = await tx.receptionSession.create({
        data: {
          stationId: station.id,
          startsAt,
          endsAt,
          theme: input.theme,
          audience: input.audience || null,
          capacity: input.capacity,
          status: (input.publish ? "PUBLISHED" : "DRAFT") satisfies SessionStart,
          publishedAt: input.publish ? now : null,
          ruleException: deputyIds.length < RECEPTION_RULES.minDeputies ? input.ruleException : null,
          createdById: actor.id,
          deputies: { create: deputyIds.map((deputyId) => ({ deputyId })) },
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "session.create",
          target: { type: "ReceptionSession", id: s.id },
          result: "SUCCESS",
          client,
          detail: { deputies: deputyIds.length, publish: input.publish },
        },
        tx,
      );
      return s;
    })
    .catch(async (err) => {
      throw await clashRefusal(err, () => findDutyClash(deputyIds, startsAt, endsAt), refusal);
    });
}

/** A draft goes public at least three days ahead, with two deputies or a recorded exception. */
export async function publishSession(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()) {
  const { sessionId } = sessionRefSchema.parse(raw);
  const s = await loadSessionForAction(sessionId, actor, "session.manage");
  if (s.status !== "DRAFT") throw new AppError("conflict", "session.notDraft");
  if (s.startsAt < earliestPublishableStart(now)) throw new AppError("invalid", "session.publishTooLate");
  const full = await db.receptionSession.findUniqueOrThrow({ where: { id: s.id }, select: { ruleException: true } });
  if (s.deputyIds.length < RECEPTION_RULES.minDeputies && !full.ruleException)
    throw new AppError("invalid", "session.twoDeputies");
  await db.$transaction(async (tx) => {
    await moveReceptionSession(tx, { where: { id: s.id }, from: "DRAFT", to: "PUBLISHED", data: { publishedAt: now } });
    await recordAudit(
      { actor, action: "session.publish", target: { type: "ReceptionSession", id: s.id }, result: "SUCCESS", client },
      tx,
    );
  });
}

/**
 * 取消活动: a session that has not started yet is called off with a reason. Every place and waitlist entry is
 * released in the same transaction, and each resident holding one is told (in the portal and by text).
 */
export async function cancelSession(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()) {
  const input = cancelSessionSchema.parse(raw);
  const s = await loadSessionForAction(input.sessionId, actor, "session.manage");
  if ((s.status !== "DRAFT" && s.status !== "PUBLISHED") || s.startsAt <= now)
    throw new AppError("conflict", "session.notCancellable");
  await db.$transaction(async (tx) => {
    await moveReceptionSession(tx, {
      where: { id: s.id },
      from: ["DRAFT", "PUBLISHED"],
      to: "CANCELLED",
      data: { cancelReason: input.reason, cancelledAt: now, bookedCount: 0 },
    });
    const holders = await tx.booking.findMany({
      where: { sessionId: s.id, status: { in: ["BOOKED", "WAITLISTED"] } },
      select: { id: true, code: true, residentId: true },
    });
    await moveBooking(tx, {
      where: { id: { in: holders.map((b) => b.id) } },
      from: ["BOOKED", "WAITLISTED"],
      to: "CANCELLED",
      data: { cancelledAt: now },
      expect: "any",
    });
    const when = s.startsAt.toLocaleString("zh-CN", {
      timeZone: "Asia/Shanghai",
      month: "long",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    });
    for (const b of holders) {
      await notifyProposer(tx, b.residentId, {
        title: written("notice.sessionCancelled.title"),
        body: written("notice.sessionCancelled.body", {
          station: s.station.name,
          theme: s.theme,
          when,
          reason: input.reason,
        }),
        link: `/me/bookings/${b.code}`,
        sms: written("sms.sessionCancelled", { station: s.station.name, when, reason: input.reason.slice(0, 60) }),
      });
    }
    await recordAudit(
      {
        actor,
        action: "session.cancel",
        target: { type: "ReceptionSession", id: s.id },
        result: "SUCCESS",
        client,
        detail: { reason: input.reason, bookingsReleased: holders.length },
      },
      tx,
    );
  });
}
