// npm run job -- <queue>      run one job's handler now, in this process (e.g. supervision.deadlines)
// The same handler the worker runs on its schedule; handlers are idempotent, so running one by hand beside the
// schedule is safe (R5).
import { loadLocalSecrets } from "./lib/local-secrets.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";

async function main(): Promise<number> {
  const queue = process.argv.slice(2).filter((a) => a !== "--")[0];
  loadLocalSecrets();
  const { QUEUES } = await import("../lib/jobs/queues.ts");
  const names: string[] = Object.values(QUEUES);
  if (!queue || !names.includes(queue)) {
    console.error(`usage: npm run job -- <queue>\nqueues: ${names.join(", ")}`);
    return 2;
  }
  const { stop } = await prepareDatabase({ demoData: false });
  // Imported late: lib/db.ts reads DATABASE_URL when it loads.
  const { HANDLERS } = await import("../lib/jobs/worker.ts");
  const { db } = await import("../lib/db.ts");
  try {
    const result = await HANDLERS[queue]();
    console.log(`job ${queue}:`, result);
    return 0;
  } finally {
    await db.$disconnect();
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`job: failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
