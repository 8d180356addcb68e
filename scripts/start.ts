// `npm start`: one command from a fresh clone to a running portal with demo data (demo mode, production build).
// `npm run dev`: the same with `next dev`. Ctrl-C stops the web server, the job worker and the database.
// `npm run start:prod` (--production): the production start (decision 0030). It checks its requirements
// (lib/production-checks.ts) before touching anything and refuses with one line naming what is missing; it never
// generates secrets, never starts the embedded database and never loads demo data.
// Supervision (decision 0059): the embedded database, the web server (scripts/serve.mjs) and the job worker
// (scripts/worker.ts) each run as a child of this process; whichever dies is started again after a back-off
// (logged as `start: …` / `db: …`), and the others keep running.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { productionProblems, refusalLine } from "../lib/production-checks.ts";
import { loadLocalSecrets } from "./lib/local-secrets.ts";
import { buildIfNeeded } from "./lib/next-build.ts";
import { projectRoot } from "./lib/paths.ts";
import { applicationEnv, prepareDatabase } from "./lib/prepare-database.ts";
import { runChild, supervise } from "./lib/supervisor.ts";

const dev = process.argv.includes("--dev");
const production = process.argv.includes("--production") || process.env.PORTAL_MODE === "production";
const port = Number(process.env.PORT ?? 3000);
// TypeScript through tsx's loader in the same process (tsx's CLI would run the worker in a grandchild, which a
// kill of the child would leave running).
const tsxLoader = pathToFileURL(path.join(projectRoot, "node_modules/tsx/dist/loader.mjs")).href;

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
  const database = await prepareDatabase({
    demoData: !production && process.env.DEMO_DATA !== "0",
    supervise: true,
  });
  process.env.NEXTAUTH_URL ??= production ? process.env.PUBLIC_URL : `http://localhost:${port}`;
  if (!dev) buildIfNeeded(process.env);

  const childEnv = applicationEnv(process.env);
  // The portal's server (scripts/serve.mjs) runs Next and tells it each request's real peer address.
  const web = supervise("the web server", async () => {
    const child = runChild(
      process.execPath,
      [path.join(projectRoot, "scripts/serve.mjs"), ...(dev ? ["--dev"] : []), "-p", String(port)],
      { cwd: projectRoot, stdio: "inherit", env: { ...childEnv, NODE_ENV: dev ? "development" : "production" } },
    );
    console.log(`start: web server running (pid ${child.process.pid})`);
    return child;
  });
  // The job worker in a process of its own (as `npm run worker`), so a crash in a job never takes pages down.
  const worker = supervise("the job worker", async () => {
    const child = runChild(process.execPath, ["--import", tsxLoader, path.join(projectRoot, "scripts/worker.ts")], {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...childEnv, NODE_ENV: dev ? "development" : "production" },
    });
    console.log(`start: job worker running (pid ${child.process.pid})`);
    return child;
  });
  await Promise.all([web.first, worker.first]);
  const { printWelcome } = await import("./lib/welcome.ts");
  printWelcome(port, { demo: !production, publicUrl: process.env.PUBLIC_URL });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nstopping…");
    database.stopRestarting?.(); // Ctrl-C reaches PostgreSQL too: its exit now is no crash
    await Promise.all([web.stop(), worker.stop()]);
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
