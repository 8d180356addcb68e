// Letters unanswered after N working days (the `letterAnswerWorkingDays` setting, 5 unless changed; counted over the
// working-day calendar) are flagged to the admins of the deputy's stations, once each: the flag is claimed by a
// conditional update before anyone is told, in one transaction, so a job that runs twice tells them once (R5).
import { db } from "../db.ts";
import { getSetting, loadWorkCalendar } from "../calendar/load-calendar.ts";
import { shanghaiDateOf } from "../calendar/civil-date.ts";
import type { WorkCalendar } from "../calendar/working-days.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { notifyUsers } from "../notifications/notify.ts";
import { written } from "../notifications/texts.ts";

export const LETTER_ANSWER_DAYS_SETTING = "letterAnswerWorkingDays";
export const LETTER_ANSWER_DAYS_DEFAULT = 5;

export async function letterAnswerDays(): Promise<number> {
  const stored = await getSetting(LETTER_ANSWER_DAYS_SETTING, LETTER_ANSWER_DAYS_DEFAULT);
  // A value edited by hand outside a sane range falls back rather than flagging everything or nothing.
  return Number.isInteger(stored) && stored >= 1 && stored <= 60 ? stored : LETTER_ANSWER_DAYS_DEFAULT;
}

/** Working days a letter written at `writtenAt` has waited by `now`. */
export const workingDaysWaited = (cal: WorkCalendar, writtenAt: Date, now: Date) =>
  cal.workingDaysBetween(shanghaiDateOf(writtenAt), shanghaiDateOf(now));

export async function flagOverdueLetters(now = new Date()): Promise<number> {
  const [days, cal] = await Promise.all([letterAnswerDays(), loadWorkCalendar()]);
  // N working days are at least N calendar days: a cheap first cut, the calendar decides.
  const candidates = await db.deputyLetter.findMany({
    where: { status: "OPEN", flaggedAt: null, createdAt: { lte: new Date(now.getTime() - days * 86_400_000) } },
    orderBy: { createdAt: "asc" },
    take: 1000,
    select: {
      id: true,
      createdAt: true,
      deputy: { select: { name: true, stations: { select: { stationId: true } } } },
    },
  });
  let flagged = 0;
  for (const l of candidates) {
    const waited = workingDaysWaited(cal, l.createdAt, now);
    if (waited < days) continue;
    await db.$transaction(async (tx) => {
      const claimed = await tx.deputyLetter.updateMany({
        where: { id: l.id, status: "OPEN", flaggedAt: null },
        data: { flaggedAt: now },
      });
      if (claimed.count === 0) return;
      const admins = await tx.stationAdmin.findMany({
        where: { stationId: { in: l.deputy.stations.map((s) => s.stationId) }, user: { disabledAt: null } },
        select: { userId: true },
      });
      await notifyUsers(
        tx,
        admins.map((a) => a.userId),
        {
          title: written("notice.letterOverdue.title"),
          body: written("notice.letterOverdue.body", {
            deputy: l.deputy.name,
            date: shanghaiDateOf(l.createdAt),
            days: waited,
          }),
          link: "/station",
        },
      );
      await recordAudit(
        {
          action: "letter.flag",
          target: { type: "DeputyLetter", id: l.id },
          result: "SUCCESS",
          detail: { workingDays: waited, admins: admins.length },
        },
        tx,
      );
      flagged++;
    });
  }
  return flagged;
}
