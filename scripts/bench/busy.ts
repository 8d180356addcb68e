// npm run bench:busy [-- --suggestions N] [--generate-only] [--drop] [--seconds S] [--concurrency C] [--rounds R]
//                        [--only a,b] [--port P] [--pg-port P] [--no-build]
//                        [--save-html DIR]
// Every busy page at province scale (issue 13, docs/performance.md "Busy pages at province scale"):
//   1. a province-scale data set (province.ts: 4,000 stations, ~150,000 mandates, ~480,000 bookings, N
//      suggestions) in its own embedded cluster in .data/bench-province-pg (git-ignored), generated when missing
//      or of another size and kept between runs; `--drop` deletes it and stops (it takes a few GB);
//   2. the production build started against it; the benchmark's accounts get sessions written as rows with their
//      cookies signed here (the sign-in forms are not what is measured);
//   3. each page measured in R rounds, each round the bare page then the page, so that every ratio is to a bare
//      page measured seconds before it on the same busy machine: requests per second as a ratio, the server's
//      and PostgreSQL's CPU per request, and what a browser downloads: HTML bytes (raw and gzipped), how much of
//      the HTML is the RSC payload (inline data), and the page's JavaScript gzipped.
// Not part of `npm test`: it takes minutes and the whole machine.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { ensureDatabase } from "../lib/embedded-db.ts";
import { applyGrants } from "../lib/db-roles.ts";
import { localDatabaseCredentials } from "../lib/local-secrets.ts";
import { buildIfNeeded } from "../lib/next-build.ts";
import { migrationsDir, projectRoot } from "../lib/paths.ts";
import { applyMigrations } from "../lib/schema-engine.ts";
import { testSecrets } from "../lib/test-secrets.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import { SESSION_ABSOLUTE_MS } from "../../lib/auth/session-policy.ts";
import { rebuildSums } from "../../lib/insight/refresh.ts";
import { cpuSpent, parentOf, treeCpu } from "./cpu.ts";
import { load, type LoadResult } from "./load.ts";
import { pgRefreshClient, waitFor } from "./common.ts";
import { generateProvince, provinceFacts, BENCH_USERS } from "./province.ts";

const DATA_DIR = path.join(projectRoot, ".data/bench-province-pg");

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const log = (s: string) => console.log(`bench: ${s}`);

type Page = { name: string; path: string | string[]; who?: Who; what: string };
type Who = keyof typeof BENCH_USERS | "resident";

/** HTML and what it makes a browser download: scripts by src (gzipped, each once), the RSC payload inline. */
async function weigh(base: string, url: string, cookie: string | undefined, jsCache: Map<string, number>) {
  const res = await fetch(base + url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const html = await res.text();
  // the scripts a current browser loads: not the polyfills marked noModule (only browsers without modules load them)
  const srcs = [
    ...new Set(
      [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
        .filter((m) => !/nomodule/i.test(m[1] + m[3]))
        .map((m) => m[2]),
    ),
  ];
  let js = 0;
  for (const src of srcs) {
    if (!jsCache.has(src)) {
      const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      jsCache.set(src, gzipSync(body).length);
    }
    js += jsCache.get(src)!;
  }
  // The RSC payload: the strings pushed to self.__next_f, as characters of the HTML.
  const flight = [...html.matchAll(/self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce(
    (n, m) => n + m[1].length,
    0,
  );
  return {
    text: html,
    status: res.status,
    html: Buffer.byteLength(html),
    htmlGz: gzipSync(html).length,
    flight,
    js,
    scripts: srcs.length,
  };
}

async function main() {
  const suggestions = arg("suggestions", 1_000_000);
  const concurrency = arg("concurrency", 4);
  const seconds = arg("seconds", 8);
  const rounds = arg("rounds", 2);
  const port = arg("port", 3320);
  const onlyArg = process.argv.indexOf("--only");
  // --save-html DIR: keep each page's HTML as measured (to compare the markup of two builds)
  const saveArg = process.argv.indexOf("--save-html");
  const saveHtml = saveArg > 0 ? path.resolve(process.argv[saveArg + 1]) : null;
  const only = onlyArg > 0 ? process.argv[onlyArg + 1].split(",") : null;

  if (flag("drop")) {
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
    log(`deleted ${path.relative(projectRoot, DATA_DIR)}`);
    return;
  }
  const cluster = await ensureDatabase({
    dataDir: DATA_DIR,
    port: arg("pg-port", 5498),
    database: "bench",
    credentials: localDatabaseCredentials(),
  });
  let server: ReturnType<typeof spawn> | undefined;
  try {
    const url = cluster.ownerUrl;
    await applyMigrations(url, migrationsDir);
    const c = new pg.Client({ connectionString: url });
    c.on("error", () => {}); // closed when the cluster stops after a failure: that failure is the error to report
    await c.connect();
    const have = Number((await c.query(`SELECT count(*)::int AS n FROM "Suggestion"`)).rows[0].n);
    const stations = Number((await c.query(`SELECT count(*)::int AS n FROM "Station"`)).rows[0].n);
    if (have !== suggestions || stations === 0) {
      const t0 = Date.now();
      // A kept data set of another size (or a half-generated one): start again from an empty schema.
      await c.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
      await applyMigrations(url, migrationsDir);
      await generateProvince(url, suggestions, await hashPassword(randomBytes(12).toString("hex")), log);
      const t1 = Date.now();
      await pgRefreshClient(c).$transaction((tx) => rebuildSums(tx, new Date()), { timeout: 0, maxWait: 0 });
      await c.query(`VACUUM ANALYZE`);
      log(`monthly and yearly sums, VACUUM: ${((Date.now() - t1) / 1000).toFixed(1)} s`);
      log(`generated in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    } else log(`kept data set of ${have.toLocaleString("en")} suggestions`);
    const sizes = (
      await c.query(`SELECT (SELECT count(*) FROM "Suggestion")::int AS suggestions, (SELECT count(*) FROM "Station")::int AS stations,
        (SELECT count(*) FROM "Deputy")::int AS deputies, (SELECT count(*) FROM "DeputyMandate")::int AS mandates,
        (SELECT count(*) FROM "HandlingUnit")::int AS units, (SELECT count(*) FROM "ReceptionSession")::int AS sessions,
        (SELECT count(*) FROM "Booking")::int AS bookings, pg_size_pretty(pg_database_size(current_database())) AS db`)
    ).rows[0];
    log(`data set: ${JSON.stringify(sizes)}`);
    await c.end();
    await applyGrants({ app: cluster.url, owner: url });
    if (flag("generate-only")) return;

    const su = new pg.Client({ connectionString: cluster.superUrl });
    await su.connect();
    await su.query("CHECKPOINT");
    await su.end();

    const secrets = testSecrets();
    const env = {
      ...process.env,
      ...secrets,
      DATABASE_URL: cluster.url,
      NODE_ENV: "production",
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    } as NodeJS.ProcessEnv;
    // --no-build: measure the build that is there (built from other sources, to compare before and after)
    if (!flag("no-build")) buildIfNeeded(env);

    // Sessions for the benchmark's accounts, as the sign-in would write them (second factor passed), and their
    // cookies signed with this run's secret.
    const facts = await provinceFacts(url);
    const owner = new pg.Client({ connectionString: url });
    await owner.connect();
    const cookies = {} as Record<Who, string>;
    for (const [who, userId] of Object.entries(facts.users) as [Who, number][]) {
      const sid = randomBytes(24).toString("hex");
      await owner.query(
        `INSERT INTO "AuthSession" (id, "userId", "expiresAt", "secondFactorAt") VALUES ($1, $2, now() + interval '11 hours', now())`,
        [sid, userId],
      );
      const token = await encode({ token: { sid }, secret: secrets.AUTH_SECRET, maxAge: SESSION_ABSOLUTE_MS / 1000 });
      cookies[who] = `next-auth.session-token=${token}`;
    }
    // What the pages open: a long-open item in the staff's scope with its events; a station and its session;
    // a tracking code; the resident with a history.
    const pick = async (sql: string) => (await owner.query(sql)).rows[0];
    const item = await pick(
      `SELECT id, "trackingCode" FROM "Suggestion" WHERE status = 'HANDLING' ORDER BY "submittedAt" DESC LIMIT 1`,
    );
    const session = await pick(
      `SELECT id, "stationId" FROM "ReceptionSession" WHERE status = 'PUBLISHED' AND "stationId" = 101 ORDER BY "startsAt" LIMIT 1`,
    );
    await owner.end();

    server = spawn(
      process.execPath,
      [path.join(projectRoot, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
      { cwd: projectRoot, env, stdio: "ignore" },
    );
    const base = `http://localhost:${port}`;
    await waitFor(`${base}/api/health`, 90_000);
    const probe = new pg.Client({ connectionString: url });
    await probe.connect();
    const postmaster = parentOf((await probe.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid);
    await probe.end();

    const queueFiltered = "/staff/queue?stage=HANDLING&category=3&source=ONLINE";
    const all: Page[] = [
      { name: "stations", path: "/stations", what: "public station list, the whole province (4,000 stations)" },
      {
        name: "stations-filtered",
        path: "/stations?area=2&kind=POINT&page=3",
        what: "station list: a city's contact points, page 3",
      },
      { name: "points", path: "/api/stations/points", what: "the map's compact points, whole province (JSON)" },
      { name: "station", path: `/stations/${session.stationId}`, what: "a station's page (its sessions, deputies)" },
      {
        name: "session",
        path: `/stations/${session.stationId}/sessions/${session.id}`,
        what: "a reception session's booking page",
      },
      { name: "track", path: `/track/${item.trackingCode}`, what: "public tracking page of an item" },
      { name: "queue", path: "/staff/queue", who: "staff", what: "staff queue, province scope, default" },
      { name: "queue-filtered", path: queueFiltered, who: "staff", what: "staff queue, three filters combined" },
      {
        name: "queue-deep",
        path: "/staff/queue?stage=CLOSED&category=1",
        who: "staff",
        what: "staff queue, a long filter (pages further by cursor)",
      },
      { name: "item", path: `/staff/suggestions/${item.id}`, who: "staff", what: "a suggestion's staff page" },
      { name: "me", path: "/me", who: "resident", what: "a resident's /me with history (bookings, items)" },
      { name: "unit", path: "/unit/assignments", who: "unit", what: "a unit's assignment list (open)" },
      { name: "unit-all", path: "/unit/assignments?show=all", who: "unit", what: "a unit's assignment list (all)" },
      { name: "stats", path: "/stats", what: "public figures, this year, the province" },
      { name: "leader", path: "/leader", who: "leader", what: "a city leader's dashboard" },
      { name: "leader-province", path: "/leader", who: "provinceLeader", what: "the province leader's dashboard" },
    ];
    const pages = all.filter((p) => !only || only.includes(p.name));
    const bare = { path: "/login/staff", what: "bare page (sign-in form, no data)" };
    const bareSigned = { path: "/account/password", what: "bare signed-in page (change-password form)" };
    const bareFor = (p: Page) => (p.who ? { ...bareSigned, cookie: cookies.staff } : bare);

    // Sizes first (one request each, nothing else running), then everything warmed under load.
    const jsCache = new Map<string, number>();
    const weights = new Map<string, Awaited<ReturnType<typeof weigh>>>();
    for (const p of [
      { name: "bare", path: bare.path } as Page,
      { name: "bare-signed-in", path: bareSigned.path, who: "staff" } as Page,
      ...pages,
    ]) {
      const w = await weigh(base, Array.isArray(p.path) ? p.path[0] : p.path, p.who && cookies[p.who], jsCache);
      weights.set(p.name, w);
      if (saveHtml) {
        fs.mkdirSync(saveHtml, { recursive: true });
        fs.writeFileSync(path.join(saveHtml, `${p.name}.html`), w.text);
      }
      if (w.status !== 200) throw new Error(`${p.path}: ${w.status}`);
    }
    for (const p of [{ name: "bare", path: bare.path } as Page, ...pages]) {
      await load(base, p.path, { cookie: p.who && cookies[p.who], concurrency, seconds: 3 });
    }
    await load(base, bareSigned.path, { cookie: cookies.staff, concurrency, seconds: 3 });

    const cpu = () => ({ server: treeCpu(server!.pid!), db: postmaster ? treeCpu(postmaster) : null });
    const measure = async (p: string | string[], cookie: string | undefined) => {
      const before = cpu();
      const r = await load(base, p, { cookie, concurrency, seconds });
      const after = cpu();
      const per = (ms: number | null) => (ms != null && r.requests ? ms / r.requests : null);
      return { ...r, serverMs: per(cpuSpent(before.server, after.server)), dbMs: per(cpuSpent(before.db, after.db)) };
    };
    type M = Awaited<ReturnType<typeof measure>>;
    const rows: { page: Page; runs: { bare: M; page: M }[] }[] = [];
    for (const p of pages) {
      const runs: { bare: M; page: M }[] = [];
      const b = bareFor(p);
      for (let i = 0; i < rounds; i++) {
        const bm = await measure(b.path, "cookie" in b ? b.cookie : undefined);
        const pm = await measure(p.path, p.who && cookies[p.who]);
        runs.push({ bare: bm, page: pm });
        log(
          `${p.name} round ${i + 1}: ${pm.rps} req/s (bare ${bm.rps}) = ${(pm.rps / bm.rps).toFixed(2)}×, p95 ${pm.p95} ms (bare ${bm.p95}), ` +
            `server ${pm.serverMs?.toFixed(1)} ms/req (bare ${bm.serverMs?.toFixed(1)}), db ${pm.dbMs?.toFixed(1)} ms/req, errors ${pm.errors}`,
        );
      }
      rows.push({ page: p, runs });
    }

    const kb = (n: number) => (n / 1024).toFixed(1);
    const f1 = (n: number | null) => (n == null ? "" : n.toFixed(1));
    console.log(
      `\n${Number(sizes.suggestions).toLocaleString("en")} suggestions, ${sizes.stations} stations, ${sizes.mandates} mandates, ` +
        `${sizes.bookings} bookings; ${concurrency} clients, ${seconds} s per measurement, ${rounds} rounds (bare page, then page)\n`,
    );
    const w0 = weights.get("bare")!;
    const w1 = weights.get("bare-signed-in")!;
    console.log(
      `bare page ${bare.path}: HTML ${kb(w0.html)} KB (${kb(w0.htmlGz)} KB gzipped), JS ${kb(w0.js)} KB gzipped; ` +
        `signed-in bare ${bareSigned.path}: HTML ${kb(w1.html)} KB, JS ${kb(w1.js)} KB gzipped\n`,
    );
    console.log(
      "| page | vs bare (each round) | req/s (bare) | p95 ms (bare) | server ms/req (bare) | db ms/req | HTML KB (gz) | of it RSC data KB | JS KB gz |",
    );
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const { page: p, runs } of rows) {
      const w = weights.get(p.name)!;
      const ratios = runs.map((r) => (r.page.rps / r.bare.rps).toFixed(2)).join(" / ");
      const mean = (f: (r: { bare: M; page: M }) => number | null) => {
        const v = runs.map(f).filter((x): x is number => x != null);
        return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
      };
      const path0 = Array.isArray(p.path) ? p.path[0] : p.path;
      console.log(
        `| \`${path0}\` ${p.what} | ${ratios} | ${f1(mean((r) => r.page.rps))} (${f1(mean((r) => r.bare.rps))}) | ` +
          `${Math.round(mean((r) => r.page.p95)!)} (${Math.round(mean((r) => r.bare.p95)!)}) | ` +
          `${f1(mean((r) => r.page.serverMs))} (${f1(mean((r) => r.bare.serverMs))}) | ${f1(mean((r) => r.page.dbMs))} | ` +
          `${kb(w.html)} (${kb(w.htmlGz)}) | ${kb(w.flight)} | ${kb(w.js)} |`,
      );
    }
    const errors = rows.reduce((n, r) => n + r.runs.reduce((m, x) => m + x.page.errors + x.bare.errors, 0), 0);
    if (errors) log(`${errors} requests did not answer 200`);
  } finally {
    server?.kill("SIGTERM");
    await cluster.stop();
  }
}

export type { LoadResult };

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
