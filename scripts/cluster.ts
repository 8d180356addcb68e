// npm run cluster: the production topology on one machine, to try it by hand (docs/deploy.md): the embedded
// database (or DATABASE_URL) with demo data, ONE build, two web instances, one worker, nginx round-robin in
// front on PORT (default 3000). Ctrl-C stops it all. The cluster browser test runs the same (scripts/lib/cluster.ts).
import { startCluster } from "./lib/cluster.ts";
import { loadLocalSecrets } from "./lib/local-secrets.ts";
import { buildIfNeeded } from "./lib/next-build.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  loadLocalSecrets();
  const database = await prepareDatabase({ demoData: process.env.DEMO_DATA !== "0", supervise: true });
  buildIfNeeded(process.env);
  const { startWorker } = await import("../lib/jobs/worker.ts");
  const worker = await startWorker();
  const cluster = await startCluster({ env: process.env, port: Number(process.env.PORT ?? 3000) });
  console.log(`cluster: open ${cluster.url}`);
  for (const i of cluster.instances) console.log(`  ${i.name} on port ${i.port}, log ${i.logFile}`);
  console.log(`  worker in this process; nginx logs in ${cluster.logDir}/nginx`);
  const stop = async () => {
    await cluster.stop();
    await worker.stop().catch(() => {});
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((e: unknown) => {
  console.error(`cluster: failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
