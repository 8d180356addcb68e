import { db } from "../db.ts";
import type { Actor } from "../auth/permissions.ts";

/** The deputy's own coming reception duty. */
export async function upcomingDutyFor(actor: Actor, now = new Date(), take = 10) {
  if (actor.deputyId == null) return [];
  return db.receptionSession.findMany({
    where: {
      deputies: { some: { deputyId: actor.deputyId } },
      startsAt: { gte: now },
      status: { in: ["PUBLISHED", "DRAFT"] },
    },
    orderBy: { startsAt: "asc" },
    take,
    select: {
      id: true,
      startsAt: true,
      theme: true,
      capacity: true,
      bookedCount: true,
      station: { select: { id: true, name: true } },
    },
  });
}
