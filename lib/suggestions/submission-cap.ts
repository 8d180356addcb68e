// R8 / S2: one account cannot flood the queue. A resident or deputy submits at most `submissionsPerHour`
// suggestions an hour (a Setting, 10 unless changed); the next is refused with a clear Chinese answer and an audit
// row. Only new suggestions count: an idempotent retry of the same form (R2) returns the first one and costs
// nothing, which is why the counter is read first and bumped after the insert (a burst of simultaneous new
// submissions can pass the cap by the few that were in flight together; the cap is about floods, not exactness).
import { getSetting } from "../calendar/load-calendar.ts";
import { hitLimits, isOverLimit, type Limit } from "../auth/rate-limit.ts";

export const SUBMISSIONS_PER_HOUR_DEFAULT = 10;
export const SUBMISSIONS_PER_HOUR_SETTING = "submissionsPerHour";

export async function submissionLimit(userId: number): Promise<Limit> {
  const stored = await getSetting(SUBMISSIONS_PER_HOUR_SETTING, SUBMISSIONS_PER_HOUR_DEFAULT);
  // A value edited by hand outside a sane range falls back rather than locking everyone out or opening the gate.
  const max = Number.isInteger(stored) && stored >= 1 && stored <= 1000 ? stored : SUBMISSIONS_PER_HOUR_DEFAULT;
  return { key: `submit:user:${userId}`, windowSeconds: 3600, max };
}

export const isOverSubmissionCap = (limit: Limit) => isOverLimit(limit);
export const countSubmission = (limit: Limit) => hitLimits([limit]);
