// 接待记录: after a session the deputies on duty or the station admin record who came (booked and walk-in), what
// each raised and what was answered on the spot, then close the session with a summary and who attended.
// Each raised issue becomes a suggestion in one step (source RECEPTION, linked to the session and the
// deputies) and walks the loop from there. Closing credits duty points (duty-points.ts).
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { createSuggestion } from "../suggestions/create-suggestion.ts";
import { addVisitSchema, closeSessionSchema, raiseVisitSchema } from "./schemas.ts";
import { loadSessionForAction } from "./load-session.ts";
import { creditDutyPoints, type Credit } from "./duty-points.ts";
import { moveBooking } from "../status/booking.ts";
import { moveReceptionSession } from "../status/reception-session.ts";

export async function addVisit(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()) {
  const input = addVisitSchema.parse(raw);
  const s = await loadSessionForAction(input.sessionId, actor, "session.log");
  if (s.status === "CANCELLED" || s.status === "DRAFT") throw new AppError("conflict", "session.notHeld");
  if (s.startsAt > now) throw new AppError("conflict", "session.notStarted");
  const booking = input.bookingCode
    ? await db.booking.findFirst({
        where: { code: input.bookingCode, sessionId: s.id, status: { in: ["BOOKED", "CHECKED_IN"] } },
        select: { id: true, status: true, resident: { select: { name: true } } },
      })
    : null;
  if (input.bookingCode && !booking) throw new AppError("invalid", "booking.notInSession");
  return db.$transaction(async (tx) => {
    // Someone with a booking who is being heard has come: check them in if the desk did not.
    if (booking?.status === "BOOKED")
      await moveBooking(tx, {
        where: { id: booking.id },
        from: "BOOKED",
        to: "CHECKED_IN",
        data: { checkedInAt: now },
        expect: "any", // the desk may have checked them in a moment ago
      });
    const visit = await tx.receptionVisit.create({
      data: {
        sessionId: s.id,
        bookingId: booking?.id ?? null,
        visitorName: input.visitorName || booking?.resident.name || null,
        raised: input.raised,
        answeredOnSpot: input.answeredOnSpot || null,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actor,
        action: "session.logVisit",
        target: { type: "ReceptionVisit", id: visit.id },
        result: "SUCCESS",
        client,
        detail: { sessionId: s.id, walkIn: !booking },
      },
      tx,
    );
    return visit;
  });
}

/** Turns what a visitor raised into a suggestion, once: retrying returns the same one. */
export async function raiseVisit(actor: Actor, raw: unknown, client: ClientInfo = { ip: null, userAgent: null }) {
  const input = raiseVisitSchema.parse(raw);
  const visit = await db.receptionVisit.findUnique({
    where: { id: input.visitId },
    select: {
      id: true,
      sessionId: true,
      raised: true,
      answeredOnSpot: true,
      visitorName: true,
      suggestionId: true,
      booking: { select: { residentId: true } },
    },
  });
  if (!visit) throw notFound();
  const s = await loadSessionForAction(visit.sessionId, actor, "session.log");
  if (visit.suggestionId) throw new AppError("conflict", "visit.alreadyRaised");
  const category = await db.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
  if (!category) throw new AppError("invalid", "categoryRequired");
  // The deputy who raises it, or (for a station admin) the first deputy on duty: the suggestion is theirs to follow.
  const deputyId = actor.deputyId ?? [...s.deputyIds].sort((a, b) => a - b)[0] ?? null;
  const content = visit.answeredOnSpot ? `${visit.raised}\n\n现场答复：${visit.answeredOnSpot}` : visit.raised;
  const created = await createSuggestion(
    actor,
    {
      title: input.title,
      content: content.slice(0, 5000),
      categoryId: category.id,
      regionId: s.station.regionId,
      stationId: s.stationId,
      locationText: null,
      confidential: false,
      kind: "OPINION",
      source: "RECEPTION",
      proposerId: visit.booking?.residentId ?? null,
      proposerDeputyId: deputyId,
      proposerName: visit.visitorName,
      recordedById: actor.id,
      receptionSessionId: s.id,
      idempotencyKey: `reception-visit-${visit.id}`,
    },
    [],
    client,
  );
  await db.$transaction(async (tx) => {
    await tx.receptionVisit.updateMany({
      where: { id: visit.id, suggestionId: null },
      data: { suggestionId: created.id },
    });
    if (deputyId != null) {
      await creditDutyPoints(tx, [
        {
          deputyId,
          code: "SUGGESTION",
          sourceType: "Suggestion",
          sourceId: created.id,
          note: "接待中提出建议",
          occurredAt: new Date(),
        },
      ]);
    }
  });
  return created;
}

/** Closes the record: summary, attendance, the session HELD, and the duty points for it. */
export async function closeSession(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()) {
  const input = closeSessionSchema.parse(raw);
  const s = await loadSessionForAction(input.sessionId, actor, "session.log");
  if (s.status !== "PUBLISHED" && s.status !== "HELD") throw new AppError("conflict", "session.notHeld");
  if (s.startsAt > now) throw new AppError("conflict", "session.notStarted");
  const attended = [...new Set(input.attendedDeputyIds)];
  if (attended.some((d) => !s.deputyIds.includes(d))) throw new AppError("invalid", "session.deputyNotOnDuty");
  if (attended.length === 0) throw new AppError("invalid", "session.attendanceRequired");
  const solvedOnSpot = await db.receptionVisit.count({ where: { sessionId: s.id, answeredOnSpot: { not: null } } });

  await db.$transaction(async (tx) => {
    await moveReceptionSession(tx, {
      where: { id: s.id },
      from: ["PUBLISHED", "HELD"],
      to: "HELD",
      data: { summary: input.summary },
    });
    for (const deputyId of s.deputyIds) {
      await tx.sessionDeputy.update({
        where: { sessionId_deputyId: { sessionId: s.id, deputyId } },
        data: { attended: attended.includes(deputyId) },
      });
    }
    const credits: Credit[] = attended.flatMap((deputyId) => [
      {
        deputyId,
        code: "RECEPTION" as const,
        sourceType: "ReceptionSession" as const,
        sourceId: s.id,
        note: "进站接待选民",
        occurredAt: s.startsAt,
      },
      ...(solvedOnSpot > 0
        ? [
            {
              deputyId,
              code: "SOLVED_ON_SPOT" as const,
              sourceType: "ReceptionSession" as const,
              sourceId: s.id,
              note: "接待中现场解决群众问题",
              occurredAt: s.startsAt,
            },
          ]
        : []),
    ]);
    await creditDutyPoints(tx, credits);
    await recordAudit(
      {
        actor,
        action: "session.close",
        target: { type: "ReceptionSession", id: s.id },
        result: "SUCCESS",
        client,
        detail: { attended: attended.length },
      },
      tx,
    );
  });
}
