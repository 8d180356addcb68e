// Two database roles (docs/decisions/0036-database-roles.md): the OWNER owns the schema and runs migrations and
// grants; the APPLICATION role (DATABASE_URL) is no superuser, owns nothing, and holds only row privileges, with
// the audit table insert-and-read only. `grantAppPrivileges` runs after every migration (it is idempotent and
// reads the live catalog), so tables added by later migrations are covered without ALTER DEFAULT PRIVILEGES.
import pg from "pg";

const log = (msg: string) => console.log(`db: ${msg}`);

export const redactUrl = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");

/** The role name a connection URL signs in as. */
export function urlUser(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Materialized tables the insight refresh rebuilds (REFRESH / VACUUM need MAINTAIN, PostgreSQL 17+). */
const MAINTAINED = ['"InsightFact"', '"InsightMonthly"', '"InsightYearly"'];

/**
 * Connected as the owner: give `appRole` what the portal needs at run time, and nothing else.
 * - public schema: SELECT/INSERT/UPDATE/DELETE on every table, USAGE on every sequence;
 * - "AuditEvent": SELECT and INSERT only (its trigger also refuses UPDATE/DELETE/TRUNCATE to everyone);
 * - "_prisma_migrations": nothing (the app never reads the migration bookkeeping);
 * - pgboss schema: row privileges on its tables (the queues' partitions are created by the owner at install);
 * - EXECUTE on the audit retention function (SECURITY DEFINER, decision 0038), revoked from PUBLIC.
 */
export async function grantAppPrivileges(ownerUrl: string, appRole: string): Promise<void> {
  await withClient(ownerUrl, async (c) => {
    const app = c.escapeIdentifier(appRole);
    const { rows } = await c.query<{ v: number }>("SELECT current_setting('server_version_num')::int AS v");
    const hasPgboss = (await c.query("SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'")).rowCount === 1;
    const hasPurge =
      (await c.query("SELECT 1 FROM pg_proc WHERE proname = 'audit_event_purge_expired'")).rowCount === 1;
    const sql = [
      `GRANT USAGE ON SCHEMA public TO ${app}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
      `GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
      `REVOKE ALL ON TABLE "_prisma_migrations" FROM ${app}`,
      `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE "AuditEvent" FROM ${app}`,
      `GRANT SELECT, INSERT ON TABLE "AuditEvent" TO ${app}`,
    ];
    if (rows[0].v >= 170000) sql.push(`GRANT MAINTAIN ON TABLE ${MAINTAINED.join(", ")} TO ${app}`);
    else log("PostgreSQL < 17: the dashboards' refresh needs the owner (no MAINTAIN privilege); upgrade the server");
    if (hasPgboss) {
      sql.push(
        `GRANT USAGE ON SCHEMA pgboss TO ${app}`,
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${app}`,
        `GRANT USAGE ON ALL SEQUENCES IN SCHEMA pgboss TO ${app}`,
      );
    }
    if (hasPurge) {
      sql.push(
        `REVOKE ALL ON FUNCTION audit_event_purge_expired(integer) FROM PUBLIC`,
        `GRANT EXECUTE ON FUNCTION audit_event_purge_expired(integer) TO ${app}`,
      );
    }
    await c.query(`BEGIN; ${sql.join(";\n")}; COMMIT`);
  });
}

/**
 * The connections the database tools use: `owner` for migrations and grants, `app` for the application.
 * DATABASE_OWNER_URL unset: both are DATABASE_URL (as before this change), and we say so.
 */
export function databaseUrls(env: NodeJS.ProcessEnv = process.env): { app: string; owner: string } | null {
  const app = env.DATABASE_URL;
  if (!app) return null;
  const owner = env.DATABASE_OWNER_URL;
  if (!owner) {
    log("DATABASE_OWNER_URL is not set: migrating with DATABASE_URL, and the application runs as the schema owner");
    return { app, owner: app };
  }
  return { app, owner };
}

/** After migrations: grant the app role its privileges, unless it is the owner itself (then there is nothing to do). */
export async function applyGrants(urls: { app: string; owner: string }): Promise<void> {
  const appRole = urlUser(urls.app);
  if (appRole === urlUser(urls.owner)) return;
  await grantAppPrivileges(urls.owner, appRole);
  log(`granted the application role "${appRole}" its privileges`);
}

/**
 * Connected as a superuser (embedded and test clusters only): create or update the owner and app roles and the
 * database owned by the owner. An existing database created before the roles existed (owned by the bootstrap
 * superuser) is handed to the owner, with every object in the public and pgboss schemas.
 */
export async function bootstrapRoles(
  superUrl: string,
  opts: { database: string; owner: { name: string; password: string }; app: { name: string; password: string } },
): Promise<void> {
  const server = new URL(superUrl);
  server.pathname = "/postgres";
  await withClient(server.toString(), async (c) => {
    for (const r of [opts.owner, opts.app]) {
      const exists = (await c.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [r.name])).rowCount === 1;
      const role = c.escapeIdentifier(r.name);
      const pw = c.escapeLiteral(r.password);
      // NOINHERIT/NOCREATEDB etc.: a plain login role. The owner owns the database; it needs no more.
      await c.query(
        `${exists ? "ALTER" : "CREATE"} ROLE ${role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${pw}`,
      );
    }
    const db = await c.query<{ owner: string }>(
      "SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1",
      [opts.database],
    );
    const name = c.escapeIdentifier(opts.database);
    const owner = c.escapeIdentifier(opts.owner.name);
    if (!db.rowCount) {
      await c.query(`CREATE DATABASE ${name} OWNER ${owner}`).catch((e: { code?: string }) => {
        if (e.code !== "42P04") throw e;
      });
      log(`created database "${opts.database}" owned by "${opts.owner.name}"`);
    } else if (db.rows[0].owner !== opts.owner.name) {
      await c.query(`ALTER DATABASE ${name} OWNER TO ${owner}`);
      await handOver(superUrl, opts.database, opts.owner.name);
      log(`handed database "${opts.database}" to "${opts.owner.name}" (it was owned by "${db.rows[0].owner}")`);
    }
    // Only the owner and the app may connect; the app may not create temporary tables.
    await c.query(`REVOKE ALL ON DATABASE ${name} FROM PUBLIC`);
    await c.query(`GRANT CONNECT ON DATABASE ${name} TO ${c.escapeIdentifier(opts.app.name)}`);
  });
}

/** Objects made before the owner role existed belong to the superuser: give each one to the owner. */
async function handOver(superUrl: string, database: string, ownerName: string): Promise<void> {
  const url = new URL(superUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  await withClient(url.toString(), async (c) => {
    await c.query(
      `DO $$
DECLARE r record; owner text := ${c.escapeLiteral(ownerName)};
BEGIN
  IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss') THEN
    EXECUTE format('ALTER SCHEMA pgboss OWNER TO %I', owner);
  END IF;
  FOR r IN SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname IN ('public', 'pgboss') AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                             AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
  LOOP
    EXECUTE format('ALTER %s %I.%I OWNER TO %I',
      CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
      r.nspname, r.relname, owner);
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname IN ('public', 'pgboss')
  LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.sig, owner);
  END LOOP;
  FOR r IN SELECT n.nspname, t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
           WHERE n.nspname IN ('public', 'pgboss') AND t.typtype = 'e'
  LOOP
    EXECUTE format('ALTER TYPE %I.%I OWNER TO %I', r.nspname, r.typname, owner);
  END LOOP;
END $$`,
    );
  });
}
