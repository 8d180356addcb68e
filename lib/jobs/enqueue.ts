// Wake the worker from the web process after a transaction has committed. Losing a wake-up is harmless:
// the minute sweep finds the row anyway, so failures are logged, not thrown.
import { createBoss, type Boss } from "./boss.ts";

let sender: Promise<Boss> | undefined;

export async function enqueue(queue: string, data: object = {}, singletonSeconds = 2): Promise<void> {
  try {
    sender ??= createBoss("sender").start();
    await (await sender).send(queue, data, { singletonSeconds });
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
