// The cluster's browser tests (R7): demo data in the given database, the one production build, two web
// instances and a worker behind nginx (scripts/lib/cluster.ts), then Playwright's tests/cluster against the
// balancer. Called by scripts/test.ts after the other browser tests, with DATABASE_URL and CHROMIUM_PATH set.
import path from "node:path";
import { spawn } from "node:child_process";
import { startCluster } from "./lib/cluster.ts";
import { buildIfNeeded } from "./lib/next-build.ts";
import { projectRoot } from "./lib/paths.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";

async function main(): Promise<number> {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  await prepareDatabase({ demoData: true });
  buildIfNeeded(process.env);
  const { startWorker } = await import("../lib/jobs/worker.ts");
  const worker = await startWorker();
  const cluster = await startCluster({ env: process.env });
  console.log(`cluster: ${cluster.url} → ${cluster.instances.map((i) => `${i.name}:${i.port}`).join(", ")}`);
  try {
    return await new Promise<number>((resolve) => {
      const pw = spawn(
        path.join(projectRoot, "node_modules/.bin/playwright"),
        ["test", "-c", "playwright.cluster.config.ts", ...process.argv.slice(2)],
        {
          cwd: projectRoot,
          stdio: "inherit",
          env: {
            ...process.env,
            E2E_BASE_URL: cluster.url,
            CLUSTER_LOG_DIR: cluster.logDir,
            CLUSTER_INSTANCES: JSON.stringify(
              cluster.instances.map((i) => ({ name: i.name, port: i.port, pidFile: i.pidFile, logFile: i.logFile })),
            ),
          },
        },
      );
      pw.on("exit", (code) => resolve(code ?? 1));
    });
  } finally {
    await cluster.stop();
    await worker.stop().catch(() => {});
    const { db } = await import("../lib/db.ts");
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
