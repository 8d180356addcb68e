// Decision 0059: the one-command start supervises what it runs. Real processes: `npm start` (scripts/start.ts) on
// an embedded database of its own (PG_DATA_DIR in a temporary folder) and a free port; another command
// (`npm run db:migrate`) shares the running database instead of stopping it; then PostgreSQL is killed, the web
// server is killed, the job worker is killed — and each time the portal answers again by itself.
// The first run builds the portal (the same build the browser tests use afterwards), hence the long timeout.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../scripts/lib/embedded-db.ts";
import { projectRoot } from "../../scripts/lib/paths.ts";

const tsx = path.join(projectRoot, "node_modules/tsx/dist/cli.mjs");
let root: string;
let env: NodeJS.ProcessEnv;
let base: string;
let start: ChildProcess;
let output = "";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
};
const postmasterPid = () => {
  const file = path.join(root, "pg", "postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : 0;
};
const lastPid = (what: string) => {
  const all = [...output.matchAll(new RegExp(`start: ${what} running \\(pid (\\d+)\\)`, "g"))];
  return all.length ? Number(all[all.length - 1][1]) : 0;
};
async function status(p: string): Promise<number> {
  try {
    return (await fetch(`${base}${p}`, { redirect: "manual", signal: AbortSignal.timeout(10_000) })).status;
  } catch {
    return 0; // nothing listening
  }
}
async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (await check()) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}\n--- start's output ---\n${output.slice(-4000)}`);
}
/** The portal serves: health says the database is up, and a page that reads the database renders. */
const serving = async () => (await status("/api/health")) === 200 && (await status("/stations")) === 200;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "liaison-start-"));
  await fs.chmod(root, 0o755); // as root, PostgreSQL runs as `postgres`, which must reach its data dir
  const port = await findFreePort();
  base = `http://127.0.0.1:${port}`;
  env = {
    ...process.env,
    PG_DATA_DIR: path.join(root, "pg"),
    PG_PORT: String(await findFreePort()),
    PORT: String(port),
    DEMO_DATA: "0",
  };
  delete env.DATABASE_URL;
  delete env.DATABASE_OWNER_URL;
  Reflect.deleteProperty(env, "NODE_ENV");
  start = spawn(process.execPath, [tsx, "scripts/start.ts"], { cwd: projectRoot, env });
  start.stdout!.on("data", (d) => (output += d));
  start.stderr!.on("data", (d) => (output += d));
  await until("the first start (and build)", serving, 20 * 60_000);
}, 21 * 60_000);

afterAll(async () => {
  const pids = [postmasterPid(), lastPid("web server"), lastPid("job worker")].filter(Boolean);
  if (start?.exitCode === null) {
    start.kill("SIGTERM");
    await until("start to stop", () => start.exitCode !== null || start.signalCode !== null, 60_000).catch(() => {});
  }
  for (const pid of pids) if (alive(pid)) process.kill(pid, "SIGKILL");
  await fs.rm(root, { recursive: true, force: true });
}, 90_000);

describe("npm start supervises the database, the web server and the worker", () => {
  it("another command shares the running database and leaves it running", () => {
    const pid = postmasterPid();
    expect(alive(pid)).toBe(true);
    const migrate = spawnSync(process.execPath, [tsx, "scripts/db-migrate.ts"], {
      cwd: projectRoot,
      env,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(migrate.status, migrate.stdout + migrate.stderr).toBe(0);
    expect(migrate.stdout).toContain("using the PostgreSQL already running on this data dir");
    expect(postmasterPid()).toBe(pid);
    expect(alive(pid)).toBe(true);
  }, 150_000);

  it("restarts a killed PostgreSQL; the same web server serves again without a person", async () => {
    const pid = postmasterPid();
    const web = lastPid("web server");
    process.kill(pid, "SIGKILL");
    const killedAt = Date.now();
    // Pages during the outage: the outage page (503) or, once it is back, the page — never a 500 once the
    // proxy's probe (at most a second old) has noticed; and each answer within 5 s.
    const seen: { after: number; status: number; ms: number }[] = [];
    await until(
      "PostgreSQL to be restarted and pages to be served",
      async () => {
        const t = Date.now();
        const s = await status("/stations");
        seen.push({ after: t - killedAt, status: s, ms: Date.now() - t });
        return s === 200 && postmasterPid() !== pid && (await serving());
      },
      90_000,
    );
    expect(seen.some((s) => s.status === 503)).toBe(true);
    expect(seen.filter((s) => s.after > 2_000 && ![200, 503].includes(s.status))).toEqual([]);
    expect(seen.filter((s) => s.ms > 5_000)).toEqual([]);
    expect(alive(postmasterPid())).toBe(true);
    expect(lastPid("web server")).toBe(web); // no restart of the web server was needed
    expect(output).toMatch(/db: restarting PostgreSQL in \d/);
  }, 120_000);

  it("restarts a killed web server", async () => {
    const web = lastPid("web server");
    process.kill(web, "SIGKILL");
    await until("a new web server", () => lastPid("web server") !== web, 30_000);
    await until("pages to be served again", serving, 120_000);
    expect(alive(web)).toBe(false);
    expect(output).toContain("start: the web server exited unexpectedly");
  }, 180_000);

  it("restarts a killed job worker", async () => {
    const worker = lastPid("job worker");
    process.kill(worker, "SIGKILL");
    await until("a new job worker", () => lastPid("job worker") !== worker && alive(lastPid("job worker")), 30_000);
    await until(
      "the new worker to run",
      () => /worker: running/.test(output.split("job worker restarted")[1] ?? ""),
      60_000,
    );
    expect(await serving()).toBe(true);
  }, 120_000);
});
