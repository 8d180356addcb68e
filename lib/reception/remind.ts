// The day-before reminder (job runner, hourly). Each booking is claimed by a conditional update on remindedAt
// before its message is queued, in one transaction: a job that runs twice sends each reminder once (R5).
import { db } from "../db.ts";
import { notifyProposer } from "../notifications/notify.ts";
import { RECEPTION_RULES } from "./rules.ts";
import { written } from "../notifications/texts.ts";

export async function sendBookingReminders(now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + RECEPTION_RULES.reminderHours * 3_600_000);
  const due = await db.booking.findMany({
    where: { status: "BOOKED", remindedAt: null, session: { status: "PUBLISHED", startsAt: { gt: now, lte: until } } },
    select: {
      id: true,
      code: true,
      residentId: true,
      session: { select: { startsAt: true, theme: true, station: { select: { name: true, address: true } } } },
    },
    take: 1000,
  });
  let sent = 0;
  for (const b of due) {
    const when = b.session.startsAt.toLocaleString("zh-CN", {
      timeZone: "Asia/Shanghai",
      month: "long",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    });
    await db.$transaction(async (tx) => {
      const claimed = await tx.booking.updateMany({
        where: { id: b.id, remindedAt: null, status: "BOOKED" },
        data: { remindedAt: now },
      });
      if (claimed.count === 0) return;
      await notifyProposer(tx, b.residentId, {
        title: written("notice.reminder.title"),
        body: written("notice.reminder.body", {
          when,
          station: b.session.station.name,
          theme: b.session.theme,
          code: b.code,
        }),
        link: `/me/bookings/${b.code}`,
        sms: written("sms.reminder", {
          station: b.session.station.name,
          when,
          address: b.session.station.address,
          code: b.code,
        }),
      });
      sent++;
    });
  }
  return sent;
}
