// The application's database connection is least-privileged (issue 12, S9; docs/decisions/0036-database-roles.md):
// no superuser, owns nothing, cannot touch audit rows or switch off the trigger that guards them, cannot run
// programs on the server. lib/db.ts and this file's DATABASE_URL connect as the same application role.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";

let app: pg.Client;
let auditId: string;

beforeAll(async () => {
  app = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await app.connect();
  await recordAudit({ action: "auth.signOut", result: "SUCCESS" });
  auditId = String((await db.auditEvent.findFirstOrThrow({ where: { action: "auth.signOut" } })).id);
});
afterAll(() => app.end());

/** The SQLSTATE a statement fails with (null if it succeeds). */
async function refusal(sql: string, params: unknown[] = []): Promise<string | null> {
  try {
    await app.query(sql, params);
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? "?";
  }
}

describe("the application's database role", () => {
  it("is not a superuser, creates no roles or databases, and is not the schema owner", async () => {
    const { rows } = await app.query(
      `SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls, current_user AS me
       FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows[0]).toMatchObject({
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolreplication: false,
      rolbypassrls: false,
    });
    expect(rows[0].me).toBe(new URL(process.env.DATABASE_URL!).username);
    expect(rows[0].me).not.toBe(new URL(process.env.DATABASE_OWNER_URL!).username);
  });

  it("owns no table, view, sequence, function, type or schema", async () => {
    const { rows } = await app.query(`
      SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid)::int AS relations,
             (SELECT count(*) FROM pg_proc WHERE proowner = r.oid)::int AS functions,
             (SELECT count(*) FROM pg_type WHERE typowner = r.oid)::int AS types,
             (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid)::int AS schemas,
             (SELECT count(*) FROM pg_database WHERE datdba = r.oid)::int AS databases
      FROM pg_roles r WHERE r.rolname = current_user`);
    expect(rows[0]).toEqual({ relations: 0, functions: 0, types: 0, schemas: 0, databases: 0 });
  });

  it("may insert and read audit rows, but cannot update, delete or truncate them", async () => {
    expect(await refusal(`UPDATE "AuditEvent" SET result = 'FAILURE' WHERE id = $1`, [auditId])).toBe("42501");
    expect(await refusal(`DELETE FROM "AuditEvent" WHERE id = $1`, [auditId])).toBe("42501");
    expect(await refusal(`TRUNCATE "AuditEvent"`)).toBe("42501");
    const { rows } = await app.query(`SELECT result FROM "AuditEvent" WHERE id = $1`, [auditId]);
    expect(rows[0].result).toBe("SUCCESS");
  });

  it("cannot switch the audit trigger off, by ALTER TABLE or by replication mode", async () => {
    expect(await refusal(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update"`)).toBe("42501");
    expect(await refusal(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).toBe("42501");
    expect(await refusal(`SET session_replication_role = replica`)).toBe("42501");
    expect(await refusal(`DROP TRIGGER "AuditEvent_no_update" ON "AuditEvent"`)).toBe("42501");
    expect(
      await refusal(`CREATE OR REPLACE FUNCTION audit_event_guard() RETURNS trigger LANGUAGE sql AS 'SELECT NULL'`),
    ).toBe("42501");
  });

  it("cannot run programs or read files on the server", async () => {
    expect(await refusal(`COPY (SELECT 1) TO PROGRAM 'true'`)).toBe("42501");
    expect(await refusal(`COPY "AuditEvent" FROM PROGRAM 'true'`)).toBe("42501");
    expect(await refusal(`SELECT pg_read_file('/etc/passwd')`)).toBe("42501");
  });

  it("changes no schema and does not read the migration bookkeeping", async () => {
    expect(await refusal(`CREATE TABLE "Sneaky" (id int)`)).toBe("42501");
    expect(await refusal(`ALTER TABLE "User" ADD COLUMN sneaky int`)).toBe("42501");
    expect(await refusal(`DROP TABLE "Notification"`)).toBe("42501");
    expect(await refusal(`SELECT count(*) FROM "_prisma_migrations"`)).toBe("42501");
    expect(await refusal(`CREATE TABLE pgboss.sneaky (id int)`)).toBe("42501");
  });

  it("has what the portal needs: rows in every app table and the job queue", async () => {
    expect(await refusal(`SELECT count(*) FROM "User"`)).toBeNull();
    expect(await refusal(`SELECT count(*) FROM pgboss.job`)).toBeNull();
    expect(await refusal(`SELECT count(*) FROM "InsightFact"`)).toBeNull();
  });

  it("the audit trigger holds for the owner too (only rows past retention may go, through the purge)", async () => {
    const owner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
    await owner.connect();
    try {
      await expect(owner.query(`UPDATE "AuditEvent" SET result = 'FAILURE' WHERE id = $1`, [auditId])).rejects.toThrow(
        /append-only/,
      );
      await expect(owner.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [auditId])).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });
});
