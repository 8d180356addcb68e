// The web process wakes the job runner after writing an SMS to the outbox (a sign-in code, a receipt). A wake-up
// sent while an earlier one is being handled must not be lost: the earlier run may have read the outbox before
// this message was committed, and the minute's sweep would leave a resident waiting up to a minute for a code.
import { afterAll, beforeAll, expect, it } from "vitest";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";

let worker: PgBoss;

beforeAll(async () => {
  worker = new PgBoss({
    connectionString: env().DATABASE_URL,
    schema: "pgboss",
    max: 2,
    supervise: false,
    schedule: false,
    migrate: false,
  });
  await worker.start();
  await worker.createQueue(QUEUES.deliverOutbox);
});

afterAll(async () => {
  await worker.stop({ graceful: false, close: true });
});

it("queues a second wake-up sent just after the first one was picked up", async () => {
  await enqueue(QUEUES.deliverOutbox);
  const [first] = await worker.fetch(QUEUES.deliverOutbox);
  expect(first).toBeTruthy();
  await worker.complete(QUEUES.deliverOutbox, first.id); // the run read the outbox before the next message
  await enqueue(QUEUES.deliverOutbox); // within the same second or two
  const [second] = await worker.fetch(QUEUES.deliverOutbox);
  expect(second).toBeTruthy();
});
