import { db } from "../db.ts";
import type { Actor } from "../auth/permissions.ts";

/** A resident's own bookings, newest session first. */
export async function listOwnBookings(actor: Actor, take = 20) {
  if (actor.role !== "RESIDENT") return [];
  return db.booking.findMany({
    where: { residentId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      code: true,
      status: true,
      topic: true,
      session: { select: { startsAt: true, theme: true, station: { select: { id: true, name: true } } } },
    },
  });
}
