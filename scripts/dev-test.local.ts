// Local helper (git-ignored): a throwaway cluster kept running; run selected vitest files against a fresh template.
import { spawn } from "node:child_process";
import { createDatabaseIfMissing, startTemporaryCluster } from "./lib/embedded-db.ts";
import { migrationsDir } from "./lib/paths.ts";
import { testSecrets } from "./lib/test-secrets.ts";
import { installJobSchema } from "../lib/jobs/boss.ts";

const files = process.argv.slice(2);
const cluster = await startTemporaryCluster();
const tpl = `tpl_${Date.now().toString(36)}`;
await createDatabaseIfMissing(cluster.baseUrl(tpl));
{ const u = new URL(cluster.baseUrl(tpl)); Object.assign(process.env, { PGHOST: u.hostname, PGPORT: u.port, PGUSER: "postgres", PGPASSWORD: "postgres", PGDATABASE: tpl }); }
{ // applyMigrations is broken here (adapter-pg does not recognise the pool); plain SQL is enough for tests
  const fs = await import("node:fs");
  const pg = (await import("pg")).default;
  const c = new pg.Client({ connectionString: cluster.baseUrl(tpl) }); await c.connect();
  for (const d of fs.readdirSync(migrationsDir).filter((x) => /^\d{14}_/.test(x)).sort()) await c.query(fs.readFileSync(`${migrationsDir}/${d}/migration.sql`, "utf8"));
  await c.end();
}
await installJobSchema(cluster.baseUrl(tpl));
const base = cluster.baseUrl("postgres").replace(/\/postgres$/, "");
const env = { ...process.env, ...testSecrets(), NODE_ENV: "test", TEST_PG_BASE_URL: base, TEST_PG_TEMPLATE: tpl };
delete (env as Record<string, unknown>).DATABASE_URL;
const code: number = await new Promise((r) => spawn("node_modules/.bin/vitest", ["run", ...files], { stdio: "inherit", env }).on("exit", (c) => r(c ?? 1)));
await cluster.stop();
process.exit(code);
