// The reception rules in one place (domain.md "Receptions and stations"); decision 0010 explains the numbers.
export const RECEPTION_RULES = {
  /** 321 rule: at least two deputies on duty per session. */
  minDeputies: 2,
  /** Schedules are published at least 3 days ahead. */
  publishDaysAhead: 3,
  /** A resident may cancel until this many hours before the session starts. */
  cancelCutoffHours: 2,
  /** The reminder goes out within this many hours before the start ("the day before"). */
  reminderHours: 24,
} as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const cancelDeadline = (startsAt: Date) =>
  new Date(startsAt.getTime() - RECEPTION_RULES.cancelCutoffHours * HOUR);
export const earliestPublishableStart = (now: Date) => new Date(now.getTime() + RECEPTION_RULES.publishDaysAhead * DAY);
