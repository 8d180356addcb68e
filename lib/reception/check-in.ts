// At the station: check residents in by their booking code (typed, or read from the QR code on their phone),
// and mark those who did not come. Station admins of the session's station and staff of its region.
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { checkInSchema, noShowSchema } from "./schemas.ts";
import { loadSessionForAction } from "./load-session.ts";
import { moveBooking } from "../status/booking.ts";

export async function checkIn(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()) {
  const input = checkInSchema.parse(raw);
  const session = await loadSessionForAction(input.sessionId, actor, "booking.checkIn");
  const booking = await db.booking.findFirst({
    where: { code: input.code, sessionId: session.id },
    select: { id: true, status: true, topic: true },
  });
  if (!booking) throw new AppError("notFound", "booking.notInSession");
  if (booking.status === "CHECKED_IN") return { code: input.code, already: true };
  if (booking.status !== "BOOKED") throw new AppError("conflict", `booking.cannotCheckIn.${booking.status}`);
  return db.$transaction(async (tx) => {
    const moved = await moveBooking(tx, {
      where: { id: booking.id },
      from: "BOOKED",
      to: "CHECKED_IN",
      data: { checkedInAt: now },
      expect: "any",
    });
    if (moved === 0) return { code: input.code, already: true };
    await recordAudit(
      { actor, action: "booking.checkIn", target: { type: "Booking", id: booking.id }, result: "SUCCESS", client },
      tx,
    );
    return { code: input.code, already: false };
  });
}

/** After the start, a booked resident who did not come is a no-show; their place no longer counts. */
export async function markNoShow(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()) {
  const input = noShowSchema.parse(raw);
  const session = await loadSessionForAction(input.sessionId, actor, "booking.checkIn");
  if (session.startsAt > now) throw new AppError("conflict", "booking.notStarted");
  return db.$transaction(async (tx) => {
    await moveBooking(tx, {
      where: { id: input.bookingId, sessionId: session.id },
      from: "BOOKED",
      to: "NO_SHOW",
      orElse: notFound,
    });
    await tx.$executeRaw`UPDATE "ReceptionSession" SET "bookedCount" = "bookedCount" - 1, "updatedAt" = now() WHERE "id" = ${session.id}`;
    await recordAudit(
      { actor, action: "booking.noShow", target: { type: "Booking", id: input.bookingId }, result: "SUCCESS", client },
      tx,
    );
  });
}
