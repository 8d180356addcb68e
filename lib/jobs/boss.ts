// pg-boss keeps its jobs in PostgreSQL (schema "pgboss"), so jobs survive restarts and need no other server.
import PgBoss from "pg-boss";
import { env } from "../env.ts";
import { QUEUES } from "./queues.ts";

/** pg-boss's own cron queue, created by its clock at start; installed with ours (see installJobSchema). */
const PGBOSS_INTERNAL_QUEUES = ["__pgboss__send-it"];

export type Boss = PgBoss;

export function createBoss(role: "worker" | "sender"): Boss {
  const boss = new PgBoss({
    connectionString: env().DATABASE_URL,
    schema: "pgboss",
    max: role === "worker" ? 4 : 2,
    // Only the worker maintains the queue tables and runs the cron clock. Nobody migrates at run time: the
    // application role may not change the schema; installJobSchema (as the owner) did it (decision 0036).
    supervise: role === "worker",
    schedule: role === "worker",
    migrate: false,
  });
  boss.on("error", (err: unknown) => console.error("[jobs]", err));
  return boss;
}

/**
 * Creates or upgrades pg-boss's own tables and every queue; run as the schema owner with the migrations, so web
 * processes can enqueue at once. Each queue is a partition table that pg-boss creates on first use; creating
 * them here means the application role, which may not create tables, only ever finds them there.
 */
export async function installJobSchema(connectionString: string): Promise<void> {
  const boss = new PgBoss({
    connectionString,
    schema: "pgboss",
    max: 1,
    supervise: false,
    schedule: false,
    migrate: true,
  });
  await boss.start();
  for (const queue of [...Object.values(QUEUES), ...PGBOSS_INTERNAL_QUEUES]) await boss.createQueue(queue);
  await boss.stop({ graceful: false, close: true });
}
