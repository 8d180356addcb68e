// npm run bench [-- --suggestions N] [--concurrency C] [--seconds S] [--port P] [--keep] [--only a,b]
// P2: the dashboards and /stats at 1,000,000 suggestions, beside a bare page, in one run (docs/performance.md).
//   1. a throwaway PostgreSQL cluster (never the demo database), migrated, filled by generate.ts;
//   2. the production build (`next build` if stale) started against it with `next start`;
//   3. sign in as the benchmark leader (a city of ten), warm every page up, then for each page C concurrent
//      clients for S seconds; p50/p95/p99 and requests per second printed as a table, with each page's ratio to
//      its bare page (measured first and again last) and, on Linux, the CPU each request took in the server and
//      in PostgreSQL (cpu.ts).
// --keep keeps the data set in .data/bench-pg (git-ignored) and generates it only when it is missing or of another
// size, so that trying a change costs minutes less; --only runs the pages whose names are listed.
// Not part of `npm test`: it takes minutes and the whole machine.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { ensureDatabase, LOCAL_ROLES, startTemporaryCluster } from "../lib/embedded-db.ts";
import { applyGrants, bootstrapRoles } from "../lib/db-roles.ts";
import { localDatabaseCredentials } from "../lib/local-secrets.ts";
import { buildIfNeeded } from "../lib/next-build.ts";
import { migrationsDir, projectRoot } from "../lib/paths.ts";
import { applyMigrations } from "../lib/schema-engine.ts";
import { testSecrets } from "../lib/test-secrets.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import { rebuildSums, refreshInsight } from "../../lib/insight/refresh.ts";
import { generate } from "./generate.ts";
import { cpuSpent, parentOf, treeCpu } from "./cpu.ts";
import { load, type LoadResult } from "./load.ts";
import { pgRefreshClient, waitFor } from "./common.ts";

const PASSWORD = "bench-Pass-2026-x";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the cookie header. */
async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, v] = pair.split("=", 2);
      jar.set(k, v);
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    },
    body: new URLSearchParams({ username: "bench-leader", password: PASSWORD, csrfToken, json: "true" }),
  });
  keep(res);
  const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  if (!/session-token/.test(cookie)) throw new Error(`sign-in failed: ${res.status}`);
  return cookie;
}

async function main() {
  const suggestions = arg("suggestions", 1_000_000);
  const concurrency = arg("concurrency", 8);
  const seconds = arg("seconds", 15);
  const port = arg("port", 3310);
  const log = (s: string) => console.log(`bench: ${s}`);

  const keep = process.argv.includes("--keep");
  const onlyArg = process.argv.indexOf("--only");
  const only = onlyArg > 0 ? process.argv[onlyArg + 1].split(",") : null;
  // Same roles as a real installation (decision 0036): the data set is made as the owner, the portal runs as the
  // application role, so the figures measured include no superuser shortcut.
  const cluster = keep
    ? await ensureDatabase({
        dataDir: path.join(projectRoot, ".data/bench-pg"),
        port: arg("pg-port", 5499),
        database: "bench",
        credentials: localDatabaseCredentials(),
      })
    : await startTemporaryCluster().then(async (t) => {
        const pw = { owner: randomBytes(18).toString("base64url"), app: randomBytes(18).toString("base64url") };
        await bootstrapRoles(t.baseUrl("postgres"), {
          database: "bench",
          owner: { name: LOCAL_ROLES.owner, password: pw.owner },
          app: { name: LOCAL_ROLES.app, password: pw.app },
        });
        return {
          url: t.roleUrl("bench", LOCAL_ROLES.app, pw.app),
          ownerUrl: t.roleUrl("bench", LOCAL_ROLES.owner, pw.owner),
          superUrl: t.baseUrl("bench"),
          stop: t.stop,
        };
      });
  let server: ReturnType<typeof spawn> | undefined;
  try {
    const url = cluster.ownerUrl;
    await applyMigrations(url, migrationsDir);
    const t0 = Date.now();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const have = Number((await c.query(`SELECT count(*)::int AS n FROM "Suggestion"`)).rows[0].n);
    if (!keep || have !== suggestions) {
      if (keep) {
        // A kept data set of another size (or a half-generated one): start again from an empty schema.
        await c.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
        await applyMigrations(url, migrationsDir);
      }
      await generate(url, suggestions, await hashPassword(PASSWORD), log);
      const t1 = Date.now();
      await pgRefreshClient(c).$transaction((tx) => rebuildSums(tx, new Date()), { timeout: 0, maxWait: 0 });
      await c.query(`VACUUM ANALYZE "InsightFact", "InsightMonthly", "InsightYearly"`);
      log(`monthly and yearly sums: ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    } else {
      // A kept data set: the figures are rebuilt so that a changed fact view or rollup is measured, not an old one.
      const t1 = Date.now();
      await refreshInsight(pgRefreshClient(c));
      await c.query(`ANALYZE "InsightMonthly", "InsightYearly"`);
      log(`kept data set; figures rebuilt in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    }
    const sizes = (
      await c.query(`SELECT (SELECT count(*) FROM "Suggestion")::int AS s, (SELECT count(*) FROM "InsightFact")::int AS f,
      pg_size_pretty(pg_total_relation_size('"InsightFact"')) AS fact, pg_size_pretty(pg_database_size(current_database())) AS db`)
    ).rows[0];
    // The rebuild leaves a gigabyte of dirty pages: write them out now, not during the first page measured.
    await c.end();
    const su = new pg.Client({ connectionString: cluster.superUrl });
    await su.connect();
    await su.query("CHECKPOINT");
    await su.end();
    await applyGrants({ app: cluster.url, owner: url });
    log(`data set ready in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${JSON.stringify(sizes)}`);

    const env = {
      ...process.env,
      ...testSecrets(),
      DATABASE_URL: cluster.url,
      NODE_ENV: "production",
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    } as NodeJS.ProcessEnv;
    buildIfNeeded(env);
    server = spawn(
      process.execPath,
      [path.join(projectRoot, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
      { cwd: projectRoot, env, stdio: "ignore" },
    );
    const base = `http://localhost:${port}`;
    await waitFor(`${base}/api/health`, 60_000);
    const cookie = await signIn(base);
    // PostgreSQL's postmaster: the parent of any backend; its children are the backends and background workers.
    const probe = new pg.Client({ connectionString: url });
    await probe.connect();
    const postmaster = parentOf((await probe.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid);
    await probe.end();

    const year = new Date().getFullYear();
    // Distinct slices, so that nearly every request is counted afresh (the dashboard keeps a slice's figures for
    // the minute): a category and a start day, 12 × 28 of them.
    const fresh = Array.from(
      { length: 12 * 28 },
      (_, i) => `/leader?category=${1 + (i % 12)}&from=${year}-01-${String(1 + Math.floor(i / 12)).padStart(2, "0")}`,
    );
    const wide = Array.from(
      { length: 28 * 12 },
      (_, i) =>
        `/leader?from=2024-01-${String(1 + (i % 28)).padStart(2, "0")}&to=${year}-12-${String(1 + Math.floor(i / 28)).padStart(2, "0")}`,
    );
    const all: { name: string; path: string | string[]; cookie?: string; what: string; warm?: boolean }[] = [
      { name: "bare", path: "/login/staff", what: "bare page (sign-in form, no data)" },
      {
        name: "bare-signed-in",
        path: "/account/password",
        cookie,
        what: "bare signed-in page (change-password form: the session check, no data)",
      },
      {
        name: "dashboard",
        path: "/leader",
        cookie,
        what: "dashboard, default: this year, the leader's city (1/10 of the items), answered from the minute's figures",
      },
      {
        name: "fresh",
        path: fresh,
        cookie,
        what: "dashboard, this year, a different category and start day each request (counted afresh)",
        warm: false,
      },
      {
        name: "wide",
        path: wide,
        cookie,
        what: "dashboard, all three years, a different period each request (counted afresh)",
        warm: false,
      },
      { name: "overdue", path: "/leader/items?measure=overdue", cookie, what: "list behind the overdue figure" },
      { name: "stats", path: "/stats", what: "public figures, this year, all cities" },
    ];
    const pages = all.filter((p) => !only || only.includes(p.name));
    // The baselines again at the end: the ratios are to the mean of both, so a machine that drifts during the run
    // shows as two different baselines instead of a better or worse ratio.
    const measured = [
      ...pages,
      ...pages
        .filter((p) => p.name.startsWith("bare"))
        .map((p) => ({ ...p, name: `${p.name}-again`, what: `${p.what}, again` })),
    ];
    // A freshly started server is slower for a while (code loaded and optimised on first use): every page is
    // warmed up under the full load before any is measured, so the first page measured is not the coldest.
    const warmUp = (p: (typeof pages)[number]) => (p.warm === false ? "/leader?category=1&from=2025-06-01" : p.path);
    for (const p of pages) await load(base, warmUp(p), { cookie: p.cookie, concurrency, seconds: 5 });
    const results: (LoadResult & {
      what: string;
      name: string;
      signedIn: boolean;
      serverMs: number | null;
      dbMs: number | null;
    })[] = [];
    const cpu = () => ({ server: treeCpu(server!.pid!), db: postmaster ? treeCpu(postmaster) : null });
    const perRequest = (ms: number | null, n: number) => (ms != null && n ? Number((ms / n).toFixed(1)) : null);
    for (const p of measured) {
      // and each again just before it is measured (the /stats cache); the fresh-slice lists warm up on other
      // slices than they measure
      await load(base, warmUp(p), { cookie: p.cookie, concurrency: 2, seconds: 3 });
      const before = cpu();
      const r = await load(base, p.path, { cookie: p.cookie, concurrency, seconds });
      const after = cpu();
      const serverMs = perRequest(cpuSpent(before.server, after.server), r.requests);
      const dbMs = perRequest(cpuSpent(before.db, after.db), r.requests);
      results.push({ ...r, what: p.what, name: p.name, signedIn: p.cookie != null, serverMs, dbMs });
      log(
        `${r.path}: p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, ${r.rps} req/s, ${r.errors} errors, CPU per request: server ${serverMs} ms, database ${dbMs} ms`,
      );
    }
    console.log(
      `\n${suggestions.toLocaleString("en")} suggestions; ${concurrency} concurrent clients for ${seconds} s each\n`,
    );
    const baseline = (name: string) => {
      const runs = results.filter((r) => r.name === name || r.name === `${name}-again`);
      return runs.length ? runs.reduce((sum, r) => sum + r.rps, 0) / runs.length : null;
    };
    // P2 compares a signed-in page with the signed-in bare page, a public page with the bare page.
    const ratio = (r: (typeof results)[number]) => {
      const b = baseline(r.signedIn ? "bare-signed-in" : "bare");
      return b ? Number((r.rps / b).toFixed(2)) : "";
    };
    // CPU per request: what a page costs of the two cores, in the server and in PostgreSQL (Linux only)
    console.table(
      results.map((r) => ({
        page: r.path,
        p50: r.p50,
        p95: r.p95,
        p99: r.p99,
        max: r.max,
        "req/s": r.rps,
        "vs bare": ratio(r),
        "server ms": r.serverMs ?? "",
        "db ms": r.dbMs ?? "",
        requests: r.requests,
        errors: r.errors,
      })),
    );
  } finally {
    server?.kill("SIGTERM");
    await cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
