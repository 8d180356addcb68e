// `npm test`: the whole suite on a throwaway PostgreSQL and a real browser, leaving nothing behind.
//   1. a temporary embedded PostgreSQL cluster (or TEST_DATABASE_URL's server), an owner and an application role
//      (docs/decisions/0036-database-roles.md), a template database migrated by the owner, the app role granted;
//   2. unit and integration tests (vitest), each integration file on its own clone of the template, connected as
//      the application role (so the tests prove its privileges suffice);
//   3. the portal built and started on a free port with demo data, and the Playwright tests against it.
// `npm test -- --skip-e2e` stops after step 2; other arguments go to vitest (`npm test -- --skip-e2e tests/unit/x`).
//   4. the go-live walk-through: an empty database, the portal in production mode, and tests/golive against it;
//   5. the cluster: two web instances of the same build and a worker behind nginx, and tests/cluster against it.
// `npm test -- --e2e-only tests/e2e/x.spec.ts` skips step 2 and hands the other arguments to Playwright.
// `npm test -- --golive-only` runs only step 4, `npm test -- --cluster-only` only step 5.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { findFreePort, startTemporaryCluster } from "./lib/embedded-db.ts";
import { applyGrants, bootstrapRoles } from "./lib/db-roles.ts";
import { findBrowser, NO_BROWSER_HELP } from "./lib/find-browser.ts";
import { findNginx, NO_NGINX_HELP } from "./lib/cluster.ts";
import { migrationsDir, projectRoot } from "./lib/paths.ts";
import { applyMigrations } from "./lib/schema-engine.ts";
import { testSecrets } from "./lib/test-secrets.ts";
import { installJobSchema } from "../lib/jobs/boss.ts";

const skipE2e = process.argv.includes("--skip-e2e");
const clusterOnly = process.argv.includes("--cluster-only");
const goliveOnly = process.argv.includes("--golive-only");
const e2eOnly = process.argv.includes("--e2e-only") || clusterOnly || goliveOnly;
const passedArgs = process.argv
  .slice(2)
  .filter((a) => !["--skip-e2e", "--e2e-only", "--cluster-only", "--golive-only"].includes(a));
const bin = (name: string) => path.join(projectRoot, "node_modules", ".bin", name);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: projectRoot, stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  const browser = skipE2e ? null : findBrowser();
  if (!skipE2e && !browser) {
    console.error(NO_BROWSER_HELP);
    return 1;
  }
  if (!skipE2e && !findNginx()) {
    console.error(NO_NGINX_HELP);
    return 1;
  }

  const started = Date.now();
  let baseUrl: (db: string) => string;
  let roleUrl: (db: string, user: string, password: string) => string;
  let stopCluster = async () => {};
  const created: string[] = [];
  if (process.env.TEST_DATABASE_URL) {
    const u = new URL(process.env.TEST_DATABASE_URL);
    baseUrl = (db) => Object.assign(new URL(u), { pathname: `/${db}` }).toString();
    roleUrl = (db, user, password) =>
      Object.assign(new URL(u), { pathname: `/${db}`, username: user, password }).toString();
  } else {
    const cluster = await startTemporaryCluster();
    baseUrl = cluster.baseUrl;
    roleUrl = cluster.roleUrl;
    stopCluster = cluster.stop;
  }
  const runId = `${Date.now().toString(36)}`;
  const template = `tpl_${runId}`;
  // Roles of this run (names per run: TEST_DATABASE_URL's server may be shared), passwords fresh.
  const owner = { name: `lp_owner_${runId}`, password: randomBytes(18).toString("base64url") };
  const app = { name: `lp_app_${runId}`, password: randomBytes(18).toString("base64url") };
  const env: NodeJS.ProcessEnv = { ...process.env, ...testSecrets(), NODE_ENV: "test" };
  delete env.DATABASE_URL;
  delete env.SMS_GATEWAY_URL; // the tests read codes from the demo outbox

  try {
    await bootstrapRoles(baseUrl("postgres"), { database: template, owner, app });
    created.push(template);
    const ownerTemplate = roleUrl(template, owner.name, owner.password);
    await applyMigrations(ownerTemplate, migrationsDir);
    await installJobSchema(ownerTemplate);
    await applyGrants({ app: roleUrl(template, app.name, app.password), owner: ownerTemplate });
    const base = baseUrl("postgres").replace(/\/postgres$/, "");
    const roleBase = (r: { name: string; password: string }) =>
      roleUrl("postgres", r.name, r.password).replace(/\/postgres$/, "");

    if (!e2eOnly) {
      const vitest = await run(bin("vitest"), ["run", ...passedArgs], {
        ...env,
        TEST_PG_BASE_URL: base,
        TEST_PG_APP_BASE_URL: roleBase(app),
        TEST_PG_OWNER_BASE_URL: roleBase(owner),
        TEST_PG_APP_ROLE: app.name,
        TEST_PG_OWNER_ROLE: owner.name,
        TEST_PG_TEMPLATE: template,
      });
      if (vitest !== 0) return vitest;
    }
    if (skipE2e) return 0;

    const cloneTemplate = async (name: string) => {
      const admin = new pg.Client({ connectionString: baseUrl("postgres") });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" OWNER "${owner.name}"`);
      await admin.query(`GRANT CONNECT ON DATABASE "${name}" TO "${app.name}"`);
      await admin.end();
      created.push(name);
      return {
        DATABASE_URL: roleUrl(name, app.name, app.password),
        DATABASE_OWNER_URL: roleUrl(name, owner.name, owner.password),
      };
    };
    if (!clusterOnly && !goliveOnly) {
      const port = await findFreePort();
      const e2e = await run(bin("tsx"), ["scripts/e2e.ts", ...(e2eOnly ? passedArgs : [])], {
        ...env,
        ...(await cloneTemplate(`e2e_${runId}`)),
        PORT: String(port),
        CHROMIUM_PATH: browser!,
      });
      if (e2e !== 0 || (e2eOnly && passedArgs.length > 0)) return e2e;
    }
    if (!clusterOnly) {
      // Production mode on an empty database: the owner's connection goes along, as an operator's shell has it.
      const golive = await run(bin("tsx"), ["scripts/golive-e2e.ts", ...(goliveOnly ? passedArgs : [])], {
        ...env,
        ...(await cloneTemplate(`golive_${runId}`)),
        CHROMIUM_PATH: browser!,
      });
      if (golive !== 0 || goliveOnly) return golive;
    }
    return await run(bin("tsx"), ["scripts/cluster-e2e.ts", ...(clusterOnly ? passedArgs : [])], {
      ...env,
      ...(await cloneTemplate(`cluster_${runId}`)),
      CHROMIUM_PATH: browser!,
    });
  } finally {
    if (process.env.TEST_DATABASE_URL) {
      const admin = new pg.Client({ connectionString: baseUrl("postgres") });
      await admin.connect();
      for (const db of created.reverse()) await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      for (const r of [app, owner]) await admin.query(`DROP ROLE IF EXISTS "${r.name}"`);
      await admin.end();
    }
    await stopCluster();
    console.log(`test: finished in ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
