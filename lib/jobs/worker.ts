// The job runner, started beside the web server by `npm start` / `npm run dev`.
import { deliverOutbox } from "../notifications/deliver-outbox.ts";
import { createBoss } from "./boss.ts";
import { startCacheListener, stopCacheListener } from "../cache/shared-invalidation.ts";
import { housekeeping } from "./housekeeping.ts";
import { closeUnratedItems } from "../suggestions/evaluate.ts";
import { refreshInsight } from "../insight/refresh.ts";
import { db } from "../db.ts";
import { QUEUES, SCHEDULES } from "./queues.ts";
import { superviseDeadlines } from "../supervision/urge-overdue.ts";
import { announceDueFollowUps } from "../supervision/follow-ups.ts";
import { sendBookingReminders } from "../reception/remind.ts";
import { sendRateReminders } from "../suggestions/rate-reminder.ts";
import { purgeExpiredAuditEvents } from "../audit/retention.ts";
import { runImports } from "../import/run-imports.ts";
import { flagOverdueLetters } from "../deputy-letters/flag-overdue.ts";

export const HANDLERS: Record<string, () => Promise<unknown>> = {
  [QUEUES.deliverOutbox]: () => deliverOutbox(),
  [QUEUES.housekeeping]: () => housekeeping(),
  [QUEUES.closeUnrated]: () => closeUnratedItems(),
  [QUEUES.remindRating]: () => sendRateReminders(),
  [QUEUES.superviseDeadlines]: () => superviseDeadlines(),
  [QUEUES.followUps]: () => announceDueFollowUps(),
  [QUEUES.remindBookings]: () => sendBookingReminders(),
  [QUEUES.refreshInsight]: () => refreshInsight(db),
  [QUEUES.auditRetention]: () => purgeExpiredAuditEvents(),
  [QUEUES.runImports]: () => runImports(),
  [QUEUES.flagOverdueLetters]: () => flagOverdueLetters(),
};

export async function startWorker(): Promise<{ stop: () => Promise<void> }> {
  startCacheListener(); // due dates computed here must follow a calendar edited on any web instance
  const boss = createBoss("worker");
  await boss.start();
  for (const [queue, handler] of Object.entries(HANDLERS)) {
    await boss.createQueue(queue);
    await boss.work(queue, async () => {
      await handler();
    });
  }
  for (const { queue, cron } of SCHEDULES) await boss.schedule(queue, cron, {}, { tz: "Asia/Shanghai" });
  // Deliver whatever was left waiting while the portal was down.
  await boss.send(QUEUES.deliverOutbox, {});
  return {
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 10_000 });
      await stopCacheListener();
    },
  };
}
