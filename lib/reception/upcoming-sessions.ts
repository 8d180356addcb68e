import { db } from "../db.ts";

/** The next published receptions of open stations that still have places: what the home page offers a resident
 *  who came to meet a deputy. Walks the startsAt index from now, so it stays cheap however many sessions exist. */
export async function upcomingPublicSessions(limit = 5, now = new Date()) {
  const rows = await db.receptionSession.findMany({
    where: { status: "PUBLISHED", startsAt: { gte: now }, station: { active: true } },
    orderBy: { startsAt: "asc" },
    take: limit * 4,
    select: {
      id: true,
      startsAt: true,
      theme: true,
      capacity: true,
      bookedCount: true,
      station: { select: { id: true, name: true } },
    },
  });
  return rows.filter((s) => s.bookedCount < s.capacity).slice(0, limit);
}
