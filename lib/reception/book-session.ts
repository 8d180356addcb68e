// A resident books a place (预约). The database decides who gets the last place (R1): the seat is taken by a
// conditional UPDATE (bookedCount < capacity, re-checked under the row lock) in the same transaction that
// inserts the booking, and a CHECK backs it. One active booking per resident and session and the idempotency
// key are unique indexes (R2), so a double click or a retry never makes a second booking.
import { db, type Tx } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { isUniqueViolation } from "../prisma-errors.ts";
import { notifyProposer } from "../notifications/notify.ts";
import { newTrackingCode } from "../suggestions/tracking-code.ts";
import { bookingRefSchema, bookSchema } from "./schemas.ts";
import { cancelDeadline } from "./rules.ts";
import { moveBooking, type BookingStart } from "../status/booking.ts";

export type BookResult = { code: string; status: "BOOKED" | "WAITLISTED"; duplicate: boolean };

// 200 people pressing "book" at once queue on one row lock; give them time rather than a pool timeout.
const TX_OPTIONS = { maxWait: 20_000, timeout: 20_000 } as const;

export async function bookSession(actor: Actor, raw: unknown, client?: ClientInfo): Promise<BookResult> {
  const input = bookSchema.parse(raw);
  if (!can(actor, "booking.create")) throw new AppError("forbidden");

  for (let attempt = 0; attempt < 3; attempt++) {
    const earlier = await existingFor(actor, input.sessionId, input.idempotencyKey);
    if (earlier) return earlier;
    try {
      return await db.$transaction(async (tx) => {
        const now = new Date();
        const session = await tx.receptionSession.findFirst({
          where: { id: input.sessionId, status: "PUBLISHED", station: { active: true } },
          select: { id: true, startsAt: true, theme: true, station: { select: { name: true } } },
        });
        if (!session) throw notFound();
        if (session.startsAt <= now) throw new AppError("conflict", "booking.closed");
        const seat = await tx.$executeRaw`
          UPDATE "ReceptionSession" SET "bookedCount" = "bookedCount" + 1, "updatedAt" = now()
          WHERE "id" = ${session.id} AND "status" = 'PUBLISHED' AND "bookedCount" < "capacity"`;
        if (seat === 0 && !input.waitlist) throw new AppError("conflict", "booking.full");
        const status = (seat === 1 ? "BOOKED" : "WAITLISTED") satisfies BookingStart;
        const booking = await tx.booking.create({
          data: {
            code: newTrackingCode(),
            sessionId: session.id,
            residentId: actor.id,
            topic: input.topic,
            status,
            idempotencyKey: input.idempotencyKey,
            createdAt: now,
          },
          select: { id: true, code: true },
        });
        await notifyProposer(tx, actor.id, {
          title: status === "BOOKED" ? "预约成功" : "已加入候补",
          body: `${session.station.name}「${session.theme}」，预约码 ${booking.code}。`,
          link: `/me/bookings/${booking.code}`,
        });
        await recordAudit(
          {
            actor,
            action: "booking.create",
            target: { type: "Booking", id: booking.id },
            result: "SUCCESS",
            client,
            detail: { sessionId: session.id, status },
          },
          tx,
        );
        return { code: booking.code, status, duplicate: false } as const;
      }, TX_OPTIONS);
    } catch (err) {
      // The same request twice at once (key), the same resident from two tabs (one active booking), or a
      // booking code collision: the transaction rolled back, including the seat; look again.
      if (!isUniqueViolation(err)) throw err;
    }
  }
  throw new AppError("conflict");
}

/** The booking an earlier attempt made: by its idempotency key, or the resident's active booking of the session. */
async function existingFor(actor: Actor, sessionId: number, key: string): Promise<BookResult | null> {
  const byKey = await db.booking.findUnique({
    where: { idempotencyKey: key },
    select: { code: true, status: true, residentId: true },
  });
  if (byKey) {
    if (byKey.residentId !== actor.id) throw new AppError("conflict");
    return { code: byKey.code, status: byKey.status === "WAITLISTED" ? "WAITLISTED" : "BOOKED", duplicate: true };
  }
  const active = await db.booking.findFirst({
    where: { sessionId, residentId: actor.id, status: { in: ["BOOKED", "WAITLISTED", "CHECKED_IN"] } },
    select: { code: true },
  });
  if (active) throw new AppError("conflict", "booking.already", { code: active.code });
  return null;
}

/** A resident cancels their own booking until the cut-off; a freed place goes to the first on the waitlist. */
export async function cancelBooking(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()) {
  const { code } = bookingRefSchema.parse(raw);
  const booking = await db.booking.findUnique({
    where: { code },
    select: { id: true, residentId: true, status: true, sessionId: true, session: { select: { startsAt: true } } },
  });
  if (!booking || !can(actor, "booking.cancel", { ownerId: booking.residentId })) throw notFound();
  if (booking.status !== "BOOKED" && booking.status !== "WAITLISTED")
    throw new AppError("conflict", "booking.notCancellable");
  if (now > cancelDeadline(booking.session.startsAt)) throw new AppError("conflict", "booking.pastCutoff");

  return db.$transaction(async (tx) => {
    await moveBooking(tx, {
      where: { id: booking.id },
      from: booking.status,
      to: "CANCELLED",
      data: { cancelledAt: now },
    });
    await recordAudit(
      { actor, action: "booking.cancel", target: { type: "Booking", id: booking.id }, result: "SUCCESS", client },
      tx,
    );
    if (booking.status !== "BOOKED") return { promoted: null };
    await tx.$executeRaw`UPDATE "ReceptionSession" SET "bookedCount" = "bookedCount" - 1, "updatedAt" = now() WHERE "id" = ${booking.sessionId}`;
    return { promoted: await promoteFromWaitlist(tx, booking.sessionId) };
  }, TX_OPTIONS);
}

/**
 * Gives a free place to the first resident waiting, and tells them. Runs inside the transaction that freed the
 * place; SKIP LOCKED lets two cancellations at once promote two different people.
 */
export async function promoteFromWaitlist(tx: Tx, sessionId: number): Promise<string | null> {
  const [next] = await tx.$queryRaw<{ id: number; code: string; residentId: number }[]>`
    SELECT "id", "code", "residentId" FROM "Booking"
    WHERE "sessionId" = ${sessionId} AND "status" = 'WAITLISTED'
    ORDER BY "createdAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`;
  if (!next) return null;
  const seat = await tx.$executeRaw`
    UPDATE "ReceptionSession" SET "bookedCount" = "bookedCount" + 1, "updatedAt" = now()
    WHERE "id" = ${sessionId} AND "status" = 'PUBLISHED' AND "bookedCount" < "capacity"`;
  if (seat === 0) return null;
  await moveBooking(tx, { where: { id: next.id }, from: "WAITLISTED", to: "BOOKED" });
  const session = await tx.receptionSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { startsAt: true, theme: true, station: { select: { name: true } } },
  });
  const when = session.startsAt.toLocaleString("zh-CN", {
    timeZone: "Asia/Shanghai",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
  await notifyProposer(tx, next.residentId, {
    title: "候补成功，您已获得接待名额",
    body: `${session.station.name}「${session.theme}」${when}，预约码 ${next.code}。`,
    link: `/me/bookings/${next.code}`,
    sms: `【人大代表联络站】您候补的${session.station.name}接待活动（${when}）已有名额，预约码${next.code}，请准时到场。`,
  });
  await recordAudit(
    { actor: null, action: "booking.promote", target: { type: "Booking", id: next.id }, result: "SUCCESS" },
    tx,
  );
  return next.code;
}
