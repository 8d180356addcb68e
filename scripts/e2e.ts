// The browser tests' server: demo data in the given database, the production build, `next start` and the job
// runner on PORT, then Playwright. Called by scripts/test.ts with DATABASE_URL, PORT and CHROMIUM_PATH set.
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "./lib/next-build.ts";
import { projectRoot } from "./lib/paths.ts";
import { applicationEnv, prepareDatabase } from "./lib/prepare-database.ts";

async function waitForHealth(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`portal did not become healthy at ${url}`);
}

async function main(): Promise<number> {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const port = process.env.PORT!;
  const baseURL = `http://localhost:${port}`;
  process.env.NEXTAUTH_URL = baseURL;
  await prepareDatabase({ demoData: true });
  buildIfNeeded(process.env);

  const server = spawn(process.execPath, [path.join(projectRoot, "scripts/serve.mjs"), "-p", port], {
    cwd: projectRoot,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...applicationEnv(process.env), NODE_ENV: "production" },
  });
  const { startWorker } = await import("../lib/jobs/worker.ts");
  const worker = await startWorker();
  try {
    await waitForHealth(`${baseURL}/api/health`, 60_000);
    return await new Promise<number>((resolve) => {
      const pw = spawn(path.join(projectRoot, "node_modules/.bin/playwright"), ["test", ...process.argv.slice(2)], {
        cwd: projectRoot,
        stdio: "inherit",
        env: { ...applicationEnv(process.env), E2E_BASE_URL: baseURL },
      });
      pw.on("exit", (code) => resolve(code ?? 1));
    });
  } finally {
    await worker.stop().catch(() => {});
    server.kill("SIGTERM");
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
