// Runs before every integration test file: clone the migrated template into a database of this file's own,
// so files never see each other's rows, and point lib/db.ts at it (it reads DATABASE_URL when first loaded).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";

const base = process.env.TEST_PG_BASE_URL;
const template = process.env.TEST_PG_TEMPLATE;
if (!base || !template) throw new Error("Run integration tests through `npm test` (it starts a throwaway PostgreSQL).");

const name = `t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: `${base}/postgres` });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
await admin.end();
process.env.DATABASE_URL = `${base}/${name}`;

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
