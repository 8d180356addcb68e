// npm run worker: only the job runner (reminders, urging, auto-close, the outbox, the figures' refresh), for a
// deployment that runs its web instances without one (`npm start` runs both). Needs a migrated database:
// DATABASE_URL, or the embedded one in .data/pg. SIGTERM lets the running jobs finish (10 s) before it exits.
import { loadLocalSecrets } from "./lib/local-secrets.ts";
import { openDatabase } from "./lib/prepare-database.ts";

async function main(): Promise<void> {
  loadLocalSecrets();
  // As the application role, like the web instances; migrations are the deploy step's (npm run db:migrate).
  // Under `npm start` the supervisor hands over DATABASE_URL; alone, the embedded database (shared if running).
  const { stop: stopDatabase } = process.env.DATABASE_URL ? { stop: async () => {} } : await openDatabase();
  // Imported late: lib/db.ts reads DATABASE_URL when it loads.
  const { startWorker } = await import("../lib/jobs/worker.ts");
  const worker = await startWorker();
  console.log(`worker: running (pid ${process.pid})`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("worker: stopping…");
    await worker.stop().catch(() => {});
    await stopDatabase();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((e: unknown) => {
  console.error(`worker: failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
