// `npm start`: one command from a fresh clone to a running portal with demo data (production mode).
// `npm run dev`: the same with `next dev`. Ctrl-C stops the web server, the job runner and the database.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { loadLocalSecrets } from "./lib/local-secrets.ts";
import { buildIfNeeded } from "./lib/next-build.ts";
import { projectRoot } from "./lib/paths.ts";
import { applicationEnv, prepareDatabase } from "./lib/prepare-database.ts";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1"; // offline machines: no telemetry calls
  loadLocalSecrets();
  const database = await prepareDatabase({ demoData: process.env.DEMO_DATA !== "0" });
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (!dev) buildIfNeeded(process.env);

  const next: ChildProcess = spawn(
    process.execPath,
    [path.join(projectRoot, "node_modules/next/dist/bin/next"), dev ? "dev" : "start", "-p", String(port)],
    {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...applicationEnv(process.env), NODE_ENV: dev ? "development" : "production" },
    },
  );
  const { startWorker } = await import("../lib/jobs/worker.ts");
  const worker = await startWorker();
  const { printWelcome } = await import("./lib/welcome.ts");
  printWelcome(port);

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nstopping…");
    next.kill("SIGTERM");
    await worker.stop().catch(() => {});
    await new Promise((r) => (next.exitCode !== null ? r(null) : next.once("exit", r)));
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  next.on("exit", (code) => void shutdown(code ?? 1));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
