// R6: a backup of the demo city restores into an empty database with the same rows, and a bad file or a
// database that is not empty is refused before anything is written.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed-demo";
import { recordAudit } from "@/lib/audit/record-audit";
import { backupDatabase, restoreDatabase } from "../../scripts/lib/backup.ts";
import { applyGrants } from "../../scripts/lib/db-roles.ts";
import { migrationsDir } from "../../scripts/lib/paths.ts";

const base = process.env.TEST_PG_BASE_URL!;
const ownerBase = process.env.TEST_PG_OWNER_BASE_URL!;
const appBase = process.env.TEST_PG_APP_BASE_URL!;
const created: string[] = [];
let dir: string;
let file: string;

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: `${base}/postgres` });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** A new empty database as a site would make one: owned by the owner role, the app role may connect. */
async function emptyDatabase(): Promise<string> {
  const name = `restore_${randomBytes(4).toString("hex")}`;
  await admin(async (c) => {
    await c.query(`CREATE DATABASE "${name}" TEMPLATE template0 OWNER "${process.env.TEST_PG_OWNER_ROLE}"`);
    await c.query(`GRANT CONNECT ON DATABASE "${name}" TO "${process.env.TEST_PG_APP_ROLE}"`);
  });
  created.push(name);
  return `${ownerBase}/${name}`;
}

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** Row count and a digest of every row (ordered by its text) for each application table. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  return withClient(url, async (c) => {
    const tables = await c.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    const out: Record<string, { rows: number; digest: string }> = {};
    for (const { name } of tables.rows) {
      const r = await c.query<{ rows: number; digest: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name}" t`,
      );
      out[name] = { rows: r.rows[0].rows, digest: r.rows[0].digest ?? "" };
    }
    return out;
  });
}

beforeAll(async () => {
  await seedDemo(db, { size: 1, suggestionsPerSize: 120, now: new Date("2026-11-20T12:00:00+08:00") });
  await recordAudit({ action: "demo.reset", result: "SUCCESS", detail: { why: "an audit row to carry over" } });
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "liaison-backup-test-"));
  file = path.join(dir, "demo.backup.gz");
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
  await admin(async (c) => {
    for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});

describe("backup and restore", () => {
  it("restores the demo city into an empty database with every row of every table the same", async () => {
    const source = process.env.DATABASE_OWNER_URL!; // backups are taken as the owner
    const summary = await backupDatabase(source, file);
    expect(summary.rows.Suggestion).toBeGreaterThan(100);
    expect(summary.rows.AuditEvent).toBeGreaterThan(0);

    const target = await emptyDatabase();
    const result = await restoreDatabase(target, file, migrationsDir);
    expect(result.laterMigrations).toEqual([]);
    const appTarget = target.replace(ownerBase, appBase);
    await applyGrants({ app: appTarget, owner: target });

    const before = await fingerprint(source);
    const after = await fingerprint(target);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const table of ["User", "Station", "Deputy", "Suggestion", "SuggestionEvent", "Assignment", "Booking"]) {
      expect(before[table].rows, table).toBeGreaterThan(0);
    }
    expect(after).toEqual(before);

    // The sequences moved past the restored ids: a new row gets a fresh id instead of a duplicate-key error.
    // … and the portal's own role may write again.
    const maxId = await withClient(appTarget, async (c) => {
      const r = await c.query<{ id: number }>(
        `INSERT INTO "Category" ("code", "name") VALUES ('restored-new', '恢复后新增') RETURNING id`,
      );
      return r.rows[0].id;
    });
    expect(maxId).toBeGreaterThan(
      Math.max(0, ...(await db.category.findMany({ select: { id: true } })).map((c) => c.id)),
    );
  }, 120_000);

  it("refuses a database that already has tables, and changes nothing in it", async () => {
    const target = await emptyDatabase();
    await restoreDatabase(target, file, migrationsDir);
    const before = await fingerprint(target);
    await expect(restoreDatabase(target, file, migrationsDir)).rejects.toThrow(/empty database/);
    expect(await fingerprint(target)).toEqual(before);
  }, 120_000);

  it("refuses a cut-short backup before writing anything", async () => {
    const whole = await fs.readFile(file);
    const cut = path.join(dir, "cut.backup.gz");
    await fs.writeFile(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const target = await emptyDatabase();
    await expect(restoreDatabase(target, cut, migrationsDir)).rejects.toThrow();
    const tables = await withClient(target, (c) =>
      c.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`).then((r) => r.rowCount),
    );
    expect(tables).toBe(0);
  }, 60_000);

  it("refuses a file that is not a backup", async () => {
    const other = path.join(dir, "not-a-backup.gz");
    await fs.writeFile(other, "hello");
    const target = await emptyDatabase();
    await expect(restoreDatabase(target, other, migrationsDir)).rejects.toThrow();
  });
});
