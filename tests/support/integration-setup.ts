// Runs before every integration test file: clone the migrated template into a database of this file's own,
// so files never see each other's rows, and point lib/db.ts at it (it reads DATABASE_URL when first loaded).
// lib/db.ts connects as the application role, as the portal does (docs/decisions/0036-database-roles.md): a test
// that passes proves the app's privileges suffice. DATABASE_OWNER_URL is the schema owner's, for the few tests
// that need it (the role-privilege proof).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";

const base = process.env.TEST_PG_BASE_URL;
const appBase = process.env.TEST_PG_APP_BASE_URL;
const ownerBase = process.env.TEST_PG_OWNER_BASE_URL;
const template = process.env.TEST_PG_TEMPLATE;
if (!base || !appBase || !ownerBase || !template)
  throw new Error("Run integration tests through `npm test` (it starts a throwaway PostgreSQL).");

const name = `t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: `${base}/postgres` });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" OWNER "${process.env.TEST_PG_OWNER_ROLE}"`);
await admin.query(`GRANT CONNECT ON DATABASE "${name}" TO "${process.env.TEST_PG_APP_ROLE}"`);
await admin.end();
process.env.DATABASE_URL = `${appBase}/${name}`;
process.env.DATABASE_OWNER_URL = `${ownerBase}/${name}`;

afterAll(async () => {
  const { db } = await import("@/lib/db");
  const { stopEnqueuer } = await import("@/lib/jobs/enqueue");
  await stopEnqueuer();
  await db.$disconnect();
  const client = new pg.Client({ connectionString: `${base}/postgres` });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
});
