// Wake the worker from the web process after a transaction has committed. Losing a wake-up is harmless:
// the minute sweep finds the row anyway, so failures are logged, not thrown.
import { createBoss, type Boss } from "./boss.ts";

let sender: Promise<Boss> | undefined;

// Every wake-up is its own job, not throttled to one per time slot: pg-boss drops a throttled send while an
// earlier job of the same slot is active or done, and that run may have read the outbox before this message was
// committed (a resident then waited for the minute's sweep). The handlers claim their rows, so extra runs cost
// one empty query each; the callers (sign-in codes, receipts) are rate-limited.
export async function enqueue(queue: string, data: object = {}): Promise<void> {
  try {
    sender ??= createBoss("sender").start();
    await (await sender).send(queue, data);
  } catch (err) {
    sender = undefined;
    console.error(`[jobs] could not enqueue ${queue}:`, err);
  }
}

/** Closes the web process's sender (tests, shutdown). */
export async function stopEnqueuer(): Promise<void> {
  const current = sender;
  sender = undefined;
  if (current) await (await current).stop({ graceful: false, close: true }).catch(() => {});
}
