// `npm start`: one command from a fresh clone to a running portal with demo data (demo mode, production build).
// `npm run dev`: the same with `next dev`. Ctrl-C stops the web server, the job runner and the database.
// `npm run start:prod` (--production): the production start (decision 0030). It checks its requirements
// (lib/production-checks.ts) before touching anything and refuses with one line naming what is missing; it never
// generates secrets, never starts the embedded database and never loads demo data.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { productionProblems, refusalLine } from "../lib/production-checks.ts";
import { loadLocalSecrets } from "./lib/local-secrets.ts";
import { buildIfNeeded } from "./lib/next-build.ts";
import { projectRoot } from "./lib/paths.ts";
import { applicationEnv, prepareDatabase } from "./lib/prepare-database.ts";

const dev = process.argv.includes("--dev");
const production = process.argv.includes("--production") || process.env.PORTAL_MODE === "production";
const port = Number(process.env.PORT ?? 3000);

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1"; // offline machines: no telemetry calls
  if (production) {
    if (dev) throw new Error("production start refused: --dev and --production do not go together");
    process.env.PORTAL_MODE = "production";
    const problems = productionProblems(process.env, { start: true });
    if (problems.length) {
      console.error(refusalLine(problems));
      process.exit(1);
    }
  } else {
    process.env.PORTAL_MODE = "demo";
    loadLocalSecrets();
  }
  const database = await prepareDatabase({ demoData: !production && process.env.DEMO_DATA !== "0" });
  process.env.NEXTAUTH_URL ??= production ? process.env.PUBLIC_URL : `http://localhost:${port}`;
  if (!dev) buildIfNeeded(process.env);

  // The portal's server (scripts/serve.mjs) runs Next and tells it each request's real peer address.
  const next: ChildProcess = spawn(
    process.execPath,
    [path.join(projectRoot, "scripts/serve.mjs"), ...(dev ? ["--dev"] : []), "-p", String(port)],
    {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...applicationEnv(process.env), NODE_ENV: dev ? "development" : "production" },
    },
  );
  const { startWorker } = await import("../lib/jobs/worker.ts");
  const worker = await startWorker();
  const { printWelcome } = await import("./lib/welcome.ts");
  printWelcome(port, { demo: !production, publicUrl: process.env.PUBLIC_URL });

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
