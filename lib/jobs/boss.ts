// pg-boss keeps its jobs in PostgreSQL (schema "pgboss"), so jobs survive restarts and need no other server.
import PgBoss from "pg-boss";
import { env } from "../env.ts";

export type Boss = PgBoss;

export function createBoss(role: "worker" | "sender"): Boss {
  const boss = new PgBoss({
    connectionString: env().DATABASE_URL,
    schema: "pgboss",
    max: role === "worker" ? 4 : 2,
    // Only the worker maintains the queue tables and runs the cron clock.
    supervise: role === "worker",
    schedule: role === "worker",
    migrate: role === "worker",
  });
  boss.on("error", (err: unknown) => console.error("[jobs]", err));
  return boss;
}

/** Creates or upgrades pg-boss's own tables; run with the migrations so web processes can enqueue at once. */
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
  await boss.stop({ graceful: false, close: true });
}
