// Where the database tooling finds things, shared by the db:* scripts (and usable by the start script).
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
// Same folder as `migrations.path` in prisma.config.ts.
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");
// The schema as of the newest migration. The Prisma CLI only treats subfolders of migrations/ as migrations,
// so `prisma migrate deploy` ignores this file (see docs/decisions/0001-offline-migrations.md).
export const snapshotPath = path.join(migrationsDir, "schema.snapshot.prisma");

/**
 * The embedded database used when DATABASE_URL is not set: .data/pg (or PG_DATA_DIR), port PG_PORT (default
 * 5433), db `liaison`. Its generated passwords live beside the data dir (db-credentials.json).
 */
export function localDatabaseOptions(): { dataDir: string; port: number; database: string } {
  const port = Number(process.env.PG_PORT ?? 5433);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PG_PORT must be a port number, got "${process.env.PG_PORT}"`);
  return { dataDir: localDataDir(), port, database: "liaison" };
}

export function localDataDir(): string {
  return process.env.PG_DATA_DIR ? path.resolve(process.env.PG_DATA_DIR) : path.join(projectRoot, ".data", "pg");
}
