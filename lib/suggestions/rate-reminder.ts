// "Your rating window closes soon": a few days (the `rateReminderDays` setting, 3 unless changed) before an item
// fed back closes itself as unrated, the proposer is reminded once: in the portal and by text when they have an
// account, by text to the number staff took down for a walk-in, letter or hotline item. Each item is claimed by a
// conditional update on rateRemindedFor (the deadline it was sent for) in the same transaction as the message,
// so a job that runs twice sends each reminder once (R5), and a second round's deadline gets its own.
import { db } from "../db.ts";
import { decryptPii } from "../crypto/pii.ts";
import { getSetting } from "../calendar/load-calendar.ts";
import { shanghaiDateOf } from "../calendar/civil-date.ts";
import { notifyProposer } from "../notifications/notify.ts";
import { queueSms } from "../notifications/queue-sms.ts";
import { written } from "../notifications/texts.ts";

export const RATE_REMINDER_DAYS_SETTING = "rateReminderDays";
export const RATE_REMINDER_DAYS_DEFAULT = 3;

async function reminderDays(): Promise<number> {
  const n = await getSetting(RATE_REMINDER_DAYS_SETTING, RATE_REMINDER_DAYS_DEFAULT);
  // A value edited by hand outside a sane range falls back rather than texting everyone or no one.
  return Number.isInteger(n) && n >= 1 && n <= 30 ? n : RATE_REMINDER_DAYS_DEFAULT;
}

export async function sendRateReminders(now = new Date(), batch = 500): Promise<number> {
  const until = new Date(now.getTime() + (await reminderDays()) * 86_400_000);
  const due = await db.suggestion.findMany({
    where: { status: "FED_BACK", dueAt: { gt: now, lte: until } },
    orderBy: { dueAt: "asc" },
    take: batch,
    select: {
      id: true,
      dueAt: true,
      rateRemindedFor: true,
      trackingCode: true,
      title: true,
      proposerId: true,
      proposerPhoneEnc: true,
    },
  });
  let sent = 0;
  for (const s of due) {
    if (!s.dueAt || s.rateRemindedFor?.getTime() === s.dueAt.getTime()) continue;
    const deadline = s.dueAt;
    const date = shanghaiDateOf(deadline);
    await db.$transaction(async (tx) => {
      const claimed = await tx.suggestion.updateMany({
        where: {
          id: s.id,
          status: "FED_BACK",
          dueAt: deadline,
          OR: [{ rateRemindedFor: null }, { rateRemindedFor: { not: deadline } }],
        },
        data: { rateRemindedFor: deadline },
      });
      if (claimed.count === 0) return;
      const sms = written("sms.rateReminder", { code: s.trackingCode, date });
      const told = await notifyProposer(tx, s.proposerId, {
        title: written("notice.rateReminder.title"),
        body: written("notice.rateReminder.body", { title: s.title, date }),
        link: `/track/${s.trackingCode}`,
        sms,
      });
      if (!told && s.proposerPhoneEnc) await queueSms(tx, decryptPii(s.proposerPhoneEnc), "suggestion", sms);
      sent++;
    });
  }
  return sent;
}
