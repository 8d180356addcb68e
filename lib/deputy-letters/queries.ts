// Lists of letters, each scoped to who asks: the deputy's inbox, the resident's own letters (with agreed meetings)
// for /me, and for a station admin the letters to their stations' deputies flagged as unanswered (who and since
// when, never what they say).
import { db } from "../db.ts";
import { assertCan } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";

/** One line of a list of letters, newest first, for whichever side reads it. */
const LINE = {
  id: true,
  trackingCode: true,
  kind: true,
  status: true,
  subject: true,
  createdAt: true,
  meetingAt: true,
} as const;
const NEWEST_FIRST = [{ createdAt: "desc" as const }, { id: "desc" as const }];

export async function deputyInbox(actor: Actor) {
  if (actor.deputyId == null) return [];
  await assertCan(actor, "letter.read", { deputyIds: [actor.deputyId] });
  return db.deputyLetter.findMany({
    where: { deputyId: actor.deputyId },
    orderBy: NEWEST_FIRST,
    take: 200,
    select: { ...LINE, flaggedAt: true, viaQr: true, resident: { select: { name: true } } },
  });
}

export async function ownLetters(actor: Actor) {
  await assertCan(actor, "letter.read", { ownerId: actor.id });
  return db.deputyLetter.findMany({
    where: { residentId: actor.id },
    orderBy: NEWEST_FIRST,
    take: 100,
    select: { ...LINE, meetingPlace: true, deputy: { select: { id: true, name: true } } },
  });
}

export async function overdueLettersForStations(actor: Actor) {
  if (actor.role !== "STATION_ADMIN") return [];
  const stationIds = actor.stationIds;
  for (const stationId of stationIds) await assertCan(actor, "letter.overdue", { stationId });
  if (stationIds.length === 0) return [];
  return db.deputyLetter.findMany({
    where: {
      status: "OPEN",
      flaggedAt: { not: null },
      deputy: { stations: { some: { stationId: { in: [...stationIds] } } } },
    },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, kind: true, createdAt: true, flaggedAt: true, deputy: { select: { id: true, name: true } } },
  });
}

/** Whether a code is a letter's, so the suggestion tracking page can send a letter's code to its own page. */
export async function isLetterCode(code: string): Promise<boolean> {
  return (await db.deputyLetter.count({ where: { trackingCode: code } })) > 0;
}
