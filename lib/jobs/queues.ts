// The job queues and their schedules. Handlers are idempotent: a job may run more than once (R5).
export const QUEUES = {
  deliverOutbox: "outbox.deliver",
  housekeeping: "housekeeping",
  closeUnrated: "suggestions.close-unrated",
  remindRating: "suggestions.remind-rating",
  superviseDeadlines: "supervision.deadlines",
  followUps: "supervision.follow-ups",
  remindBookings: "reception.remind-bookings",
  refreshInsight: "insight.refresh",
  auditRetention: "audit.retention",
  runImports: "imports.run",
  flagOverdueLetters: "letters.flag-overdue",
} as const;

/** cron (Asia/Shanghai): the outbox is swept every minute in case a wake-up job was lost. */
export const SCHEDULES: { queue: string; cron: string }[] = [
  { queue: QUEUES.deliverOutbox, cron: "* * * * *" },
  { queue: QUEUES.housekeeping, cron: "17 3 * * *" },
  { queue: QUEUES.closeUnrated, cron: "5 * * * *" },
  // "Rating closes soon" texts in the morning, not at night; re-running sends nothing twice (R5).
  { queue: QUEUES.remindRating, cron: "10 9 * * *" },
  // 催办 and escalation once a day at the start of office hours; re-running is harmless (R5).
  { queue: QUEUES.superviseDeadlines, cron: "30 8 * * *" },
  { queue: QUEUES.followUps, cron: "40 8 * * *" },
  { queue: QUEUES.remindBookings, cron: "25 * * * *" },
  // The dashboards' fact table (docs/decisions/0020): figures are at most five minutes old.
  { queue: QUEUES.refreshInsight, cron: "*/5 * * * *" },
  // Audit rows past retention (at least 180 days; docs/decisions/0038), once a night.
  { queue: QUEUES.auditRetention, cron: "47 3 * * *" },
  // Excel imports are woken on upload and confirm; the sweep picks up a lost wake-up (docs/decisions/0049).
  { queue: QUEUES.runImports, cron: "* * * * *" },
  // Letters to deputies unanswered after N working days go to the station admin, at the start of office hours.
  { queue: QUEUES.flagOverdueLetters, cron: "50 8 * * *" },
];
