// The database steps shared by `npm start`, `npm run dev` and the browser tests: start the embedded server
// when there is no DATABASE_URL, apply migrations and pg-boss's schema as the owner, grant the application role
// its privileges (docs/decisions/0036-database-roles.md), and load demo data into an empty database.
import { ensureDatabase } from "./embedded-db.ts";
import { applyGrants, databaseUrls, redactUrl } from "./db-roles.ts";
import { localDatabaseCredentials } from "./local-secrets.ts";
import { localDatabaseOptions, migrationsDir } from "./paths.ts";
import { applyMigrations } from "./schema-engine.ts";

export type PreparedDatabase = {
  /** The application's connection (also left in process.env.DATABASE_URL for lib/db.ts). */
  url: string;
  /** The schema owner's connection: migrations, grants and maintenance scripts only; never the web server's. */
  ownerUrl: string;
  stop: () => Promise<void>;
  /** The supervised embedded database: stop restarting it (a shutdown is under way). */
  stopRestarting?: () => void;
};

/** The embedded database (when DATABASE_URL is unset) or the configured one; nothing applied yet. */
export async function openDatabase(opts: { supervise?: boolean } = {}): Promise<PreparedDatabase> {
  const configured = databaseUrls();
  if (!configured && process.env.PORTAL_MODE === "production") {
    throw new Error("production mode needs DATABASE_URL: it never starts the embedded database");
  }
  if (configured) {
    console.log(`db: using DATABASE_URL (${new URL(configured.app).host})`);
    return { url: configured.app, ownerUrl: configured.owner, stop: async () => {} };
  }
  const local = await ensureDatabase({
    ...localDatabaseOptions(),
    credentials: localDatabaseCredentials(),
    supervise: opts.supervise,
  });
  process.env.DATABASE_URL = local.url;
  return { url: local.url, ownerUrl: local.ownerUrl, stop: local.stop, stopRestarting: local.stopRestarting };
}

export async function prepareDatabase(opts: { demoData: boolean; supervise?: boolean }): Promise<PreparedDatabase> {
  if (process.env.PORTAL_MODE === "production" && opts.demoData)
    throw new Error("production mode never loads demo data");
  const database = await openDatabase({ supervise: opts.supervise });
  const { url, ownerUrl } = database;
  try {
    console.log(`db: migrating as ${redactUrl(ownerUrl).replace(/\?.*$/, "")}`);
    const applied = await applyMigrations(ownerUrl, migrationsDir);
    console.log(
      applied.length ? `db: applied ${applied.length} migration(s): ${applied.join(", ")}` : "db: schema up to date",
    );
    const { installJobSchema } = await import("../../lib/jobs/boss.ts");
    await installJobSchema(ownerUrl);
    await applyGrants({ app: url, owner: ownerUrl });

    if (opts.demoData) {
      // Imported late: lib/db.ts reads DATABASE_URL when it loads. Loaded as the application role.
      const { db } = await import("../../lib/db.ts");
      if ((await db.user.count()) === 0) {
        const { seedDemo } = await import("../../lib/demo/seed-demo.ts");
        console.log("db: empty database, loading demo data…");
        const summary = await seedDemo(db, { log: (m: string) => console.log(`seed: ${m}`) });
        console.log("db: demo data loaded", summary);
      }
    }
  } catch (e) {
    await database.stop();
    throw e;
  }
  return database;
}

/** The environment for a child process that serves the portal: the owner's connection is not passed on. */
export function applicationEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  delete rest.DATABASE_OWNER_URL;
  return rest;
}
