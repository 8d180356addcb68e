// 预约 statuses and their moves. The seat count (ReceptionSession.bookedCount) moves with them in the use case.
import type { Prisma } from "../generated/prisma/client.ts";
import type { BookingStatus } from "../generated/prisma/enums.ts";
import type { Tx } from "../db.ts";
import { guardFrom, settle, type Move, type MoveTable } from "./move-table.ts";

export const BOOKING_MOVES = {
  // Checked in at the desk (or when heard), marked a no-show after the start, or cancelled by the resident
  // or with the whole session.
  BOOKED: ["CHECKED_IN", "NO_SHOW", "CANCELLED"],
  // A freed place goes to the first waiting (promotion), or the resident or the session's cancellation ends it.
  WAITLISTED: ["BOOKED", "CANCELLED"],
  CHECKED_IN: [],
  NO_SHOW: [],
  CANCELLED: [],
} as const satisfies MoveTable<BookingStatus>;

/** A booking takes a place, or waits for one. */
export const BOOKING_STARTS = ["BOOKED", "WAITLISTED"] as const satisfies readonly BookingStatus[];
export type BookingStart = (typeof BOOKING_STARTS)[number];

export async function moveBooking(
  tx: Tx,
  move: Move<BookingStatus, Prisma.BookingWhereInput, Prisma.BookingUncheckedUpdateManyInput>,
): Promise<number> {
  const from = guardFrom(BOOKING_MOVES, move.to, move.from);
  const { count } = await tx.booking.updateMany({
    where: { ...move.where, status: { in: from } },
    data: { ...move.data, status: move.to },
  });
  return settle(count, move);
}
