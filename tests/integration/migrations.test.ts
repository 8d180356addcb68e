// The offline migration tooling (docs/decisions/0001-offline-migrations.md) on the PostgreSQL server that
// `npm test` started: schema-to-schema diffs, applying a Prisma migrations folder, and the project's own
// migrations matching prisma/schema.prisma.
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseIfMissing } from "@/scripts/lib/embedded-db";
import { migrationsDir, schemaPath, snapshotPath } from "@/scripts/lib/paths";
import { applyMigrations, diffSchemas } from "@/scripts/lib/schema-engine";

const base = process.env.TEST_PG_BASE_URL!; // checked by tests/support/integration-setup.ts
const dbName = `mig_${Date.now().toString(36)}`;
const url = `${base}/${dbName}`;

const v1 = `datasource db {
  provider = "postgresql"
}

model Station {
  id       Int      @id @default(autoincrement())
  name     String   @unique
  deputies Deputy[]
}

model Deputy {
  id        Int     @id @default(autoincrement())
  fullName  String
  stationId Int
  station   Station @relation(fields: [stationId], references: [id])
}
`;
const v2 = v1.replace("  fullName  String\n", "  fullName  String\n  email     String?\n");

let dir: string;
async function addMigration(name: string, sql: string) {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}
async function query(sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
  await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  await createDatabaseIfMissing(url);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
});

describe("offline migrations", () => {
  it("diffs schemas without a database", async () => {
    const init = await diffSchemas(null, v1);
    expect(init).toContain('CREATE TABLE "Station"');
    expect(init).not.toContain("CREATE SCHEMA"); // same as `prisma migrate dev` would write
    expect(await diffSchemas(v1, v2)).toContain('ADD COLUMN     "email" TEXT');
    expect(await diffSchemas(v2, v2)).toBe("");
  });

  it("applies migrations once, records them like prisma migrate deploy, and keeps hand-written SQL intact", async () => {
    await addMigration("20250101000000_init", await diffSchemas(null, v1));
    // Hand-written SQL with `;` inside a function body and a string: must run as one script.
    const handWritten = `
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_name_check" CHECK ("fullName" <> ';');
CREATE FUNCTION deputy_trim() RETURNS trigger AS $$
BEGIN
  NEW."fullName" := btrim(NEW."fullName");
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER deputy_trim BEFORE INSERT ON "Deputy" FOR EACH ROW EXECUTE FUNCTION deputy_trim();
`;
    await addMigration("20250102000000_add_email", (await diffSchemas(v1, v2)) + handWritten);

    expect(await applyMigrations(url, dir)).toEqual(["20250101000000_init", "20250102000000_add_email"]);
    expect(await applyMigrations(url, dir)).toEqual([]);

    const rows = await query(
      `SELECT migration_name, finished_at IS NOT NULL AS done FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toEqual([
      { migration_name: "20250101000000_init", done: true },
      { migration_name: "20250102000000_add_email", done: true },
    ]);
    await query(
      `INSERT INTO "Station"(name) VALUES ('A'); INSERT INTO "Deputy"("fullName","stationId") VALUES ('  X ', 1)`,
    );
    expect(await query(`SELECT "fullName", email FROM "Deputy"`)).toEqual([{ fullName: "X", email: null }]);
  });

  it("rolls a failing migration back entirely and names the problem", async () => {
    await addMigration("20250103000000_broken", `CREATE TABLE half_done (id int);\nSELEC 1;\n`);
    await expect(applyMigrations(url, dir)).rejects.toThrow(/20250103000000_broken failed: syntax error.*line 2/);
    expect(await query(`SELECT to_regclass('half_done') AS t`)).toEqual([{ t: null }]);
  });
});

// Catches a schema.prisma change committed without `npm run db:migration:new`.
describe.skipIf(!existsSync(snapshotPath))("project migrations", () => {
  it("prisma/schema.prisma matches the schema as of the last migration", async () => {
    const [snapshot, schema] = await Promise.all([readFile(snapshotPath, "utf8"), readFile(schemaPath, "utf8")]);
    expect(await diffSchemas(snapshot, schema), "run: npm run db:migration:new -- <name>").toBe("");
  });
});

// R6: a migration that moves data is run on a database holding some.
describe("project migrations on a database with data", () => {
  const upgraded = `${base}/${dbName}_up`;
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: `${base}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}_up" WITH (FORCE)`);
    await admin.end();
  });

  it("fills the yearly sums from the monthly sums it finds, so the figures stay whole until the next refresh", async () => {
    const all = (await readdir(migrationsDir)).filter((d) => /^\d{14}_/.test(d)).sort();
    const at = all.findIndex((d) => d.endsWith("_insight_yearly"));
    expect(at).toBeGreaterThan(0);
    const partial = await mkdtemp(path.join(os.tmpdir(), "migrations-up-"));
    const copy = async (names: string[]) => {
      for (const name of names) await cp(path.join(migrationsDir, name), path.join(partial, name), { recursive: true });
    };
    try {
      await writeFile(path.join(partial, "migration_lock.toml"), 'provider = "postgresql"\n');
      await copy(all.slice(0, at));
      await createDatabaseIfMissing(upgraded);
      await applyMigrations(upgraded, partial);
      const client = new pg.Client({ connectionString: upgraded });
      await client.connect();
      try {
        const row = (month: string, region: string, received: number, overdue: number, seconds: number) =>
          `('${month}', 7, '${region}', 3, NULL, ${received}, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, ${overdue}, ${seconds}, 1)`;
        await client.query(
          `INSERT INTO "InsightMonthly" VALUES ${[
            row("2025-03-01", "/1/7/", 4, 1, 3600),
            row("2025-11-01", "/1/7/", 6, 2, 7200),
            row("2026-01-01", "/1/7/", 5, 0, 60),
          ].join(", ")}`,
        );
        await copy(all.slice(at));
        expect(await applyMigrations(upgraded, partial)).toEqual(all.slice(at));
        const years = await client.query(
          `SELECT "year"::text, received, overdue, "replySeconds", "replyTimed" FROM "InsightYearly" ORDER BY "year"`,
        );
        expect(years.rows).toEqual([
          { year: "2025-01-01", received: 10, overdue: 3, replySeconds: 10800, replyTimed: 2 },
          { year: "2026-01-01", received: 5, overdue: 0, replySeconds: 60, replyTimed: 1 },
        ]);
      } finally {
        await client.end();
      }
    } finally {
      await rm(partial, { recursive: true, force: true });
    }
  });
});
