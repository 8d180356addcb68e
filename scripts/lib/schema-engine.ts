// Prisma's schema engine as WebAssembly (@prisma/schema-engine-wasm), because the Prisma CLI's native engine
// must be downloaded from a server these machines cannot reach (docs/decisions/0001-offline-migrations.md).
// What works with it: schema-to-schema `diff` and `applyMigrations`. What does not: anything that introspects a
// live database (diff from migrations via a shadow DB, devDiagnostic) - hence the schema snapshot approach.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, DriverAdapterError, bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory, SqlQuery, SqlResultSet } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

type WasmModule = typeof import("@prisma/schema-engine-wasm");
let loaded: Promise<WasmModule> | undefined;

/**
 * The package's own entry does `import * as wasm from "./x.wasm"`, which Node cannot load; so instantiate the
 * .wasm ourselves against its JS glue module (the glue is also the wasm's import namespace). Once per process.
 */
function loadEngine(): Promise<WasmModule> {
  return (loaded ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import(pathToFileURL(gluePath).href)) as WasmModule & {
      __wbg_set_wasm(exports: unknown): void;
    };
    const bytes = await readFile(gluePath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    return glue;
  })());
}

/** Engine log lines are JSON; surface warnings and errors, the rest only with PRISMA_ENGINE_LOG=1. */
function onEngineLog(line: string): void {
  try {
    const { level, fields } = JSON.parse(line) as { level: string; fields?: { message?: string } };
    if (process.env.PRISMA_ENGINE_LOG || level === "WARN" || level === "ERROR") {
      console.warn(`schema-engine ${level}: ${fields?.message ?? line}`);
    }
  } catch {
    if (process.env.PRISMA_ENGINE_LOG) console.warn(`schema-engine: ${line}`);
  }
}

async function withEngine<T>(factory: SqlMigrationAwareDriverAdapterFactory, fn: (e: SchemaEngine) => Promise<T>) {
  const { SchemaEngine } = await loadEngine();
  // `datamodels` is only a default for commands that take no schema; every call below passes its schema.
  const engine = await SchemaEngine.new(
    { datamodels: undefined },
    onEngineLog,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
  }
}

/**
 * The engine connects on creation and asks the server one question (does the schema exist, which version).
 * For a schema-to-schema diff nothing else touches the database, so answer that from memory: no server needed.
 */
function offlinePostgresFactory(): SqlMigrationAwareDriverAdapterFactory {
  const refuse = () => Promise.reject(new Error("offline adapter: no database behind this diff"));
  const adapter = {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg", // as the real adapter calls itself
    queryRaw: async (q: SqlQuery): Promise<SqlResultSet> => {
      if (!q.sql.includes("pg_namespace")) return refuse();
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 18.0", 180000]],
      };
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    getConnectionInfo: () => ({ schemaName: "public", supportsRelationJoins: true }),
    dispose: async () => {},
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => adapter,
    connectToShadowDb: async () => adapter,
  } as unknown as SqlMigrationAwareDriverAdapterFactory;
}

const noFilter = { externalTables: [], externalEnums: [] };
const asFiles = (content: string) => ({ files: [{ path: "schema.prisma", content }] });

/**
 * The SQL that takes a database from `fromSchema` (null = empty database) to `toSchema`. Returns "" when there
 * is nothing to do. Prisma 7 schemas carry no datasource url, and none is needed here.
 */
export async function diffSchemas(fromSchema: string | null, toSchema: string): Promise<string> {
  // From null we diff from a schema with the same datasource but no models rather than from `empty`: `empty`
  // also lacks the `public` schema and would emit CREATE SCHEMA "public", which `prisma migrate dev` never does.
  const datasource =
    /datasource\s+\w+\s*\{[^}]*\}/.exec(toSchema)?.[0] ?? 'datasource db {\n  provider = "postgresql"\n}';
  const from = fromSchema ?? `${datasource}\n`;
  return withEngine(offlinePostgresFactory(), async (engine) => {
    const result = await engine.diff({
      from: { tag: "schemaDatamodel", ...asFiles(from) },
      to: { tag: "schemaDatamodel", ...asFiles(toSchema) },
      script: true,
      exitCode: true, // 2 = there is a difference; the script for "no difference" is a comment, not ""
      filters: noFilter,
    });
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  });
}

/** Reads a Prisma migrations folder the way the Prisma CLI does (every subfolder is a migration; files ignored). */
export async function readMigrationsDir(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const lockContent = await readFile(path.join(baseDir, "migration_lock.toml"), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    dirs.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(baseDir, name, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (e: Error) => ({ tag: "error" as const, value: e.message }),
        ),
      },
    })),
  );
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Engine errors end in a Rust span trace ("   0: sql_schema_connector::..."); keep the message and migration name. */
function cleanEngineError(e: unknown, driverMessage: string | undefined): Error {
  const raw = e instanceof Error ? e.message : String(e);
  const migration = /migration_name="([^"]+)"/.exec(raw)?.[1];
  const message = raw
    .split("\n")
    .filter((l) => !/^\s+(\d+: |with |at )/.test(l))
    .join("\n")
    .trim();
  // The engine words SQL errors vaguely ("external connector error"); PostgreSQL's own words (and the line)
  // are what a developer needs, e.g. for hand-written SQL.
  if (migration && driverMessage) return new Error(`migration ${migration} failed: ${driverMessage}`);
  return new Error(migration ? `migration ${migration} failed: ${message}` : message);
}

/**
 * Runs fn with an engine connected to the database through @prisma/adapter-pg, with one fix: that adapter's
 * executeScript splits the script on every ";" and runs the pieces one by one. That breaks `;` inside function
 * and trigger bodies ($$ ... $$) or string literals, and makes a failed migration half-applied. The native engine
 * sends the whole script as one simple-protocol query, which PostgreSQL runs as a single implicit transaction;
 * so do we. We also use our own pool, because the engine never ends the adapter's pool (Node would hang).
 */
async function withDatabase<T>(databaseUrl: string, fn: (e: SchemaEngine) => Promise<T>): Promise<T> {
  // One connection, kept open, like the native engine: its advisory lock lives as long as that connection.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, idleTimeoutMillis: 0 });
  const factory = new PrismaPg(pool);
  let driverMessage: string | undefined;
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script); // no parameters = simple query protocol: multi-statement, one transaction
      } catch (e) {
        const err = e as pg.DatabaseError;
        const line = err.position
          ? ` (line ${script.slice(0, Number(err.position) - 1).split("\n").length} of the script)`
          : "";
        driverMessage = `${err.message}${line}${err.detail ? `; ${err.detail}` : ""}${err.hint ? `; hint: ${err.hint}` : ""}`;
        if (!err.code) throw e; // connection-level failure: let the engine report it
        throw new DriverAdapterError({
          kind: "postgres",
          code: err.code,
          severity: err.severity ?? "ERROR",
          message: err.message,
          detail: err.detail,
          column: err.column,
          hint: err.hint,
        });
      }
    };
    return adapter;
  };
  try {
    return await withEngine(factory, fn);
  } catch (e) {
    throw cleanEngineError(e, driverMessage);
  } finally {
    await pool.end();
  }
}

/**
 * Applies the pending migrations to the database, recording them in `_prisma_migrations` like
 * `prisma migrate deploy` (same engine code, including its advisory lock). Idempotent. Returns the names applied.
 * A failed migration blocks later runs until it is fixed by hand and marked with markMigrationRolledBack().
 */
export async function applyMigrations(databaseUrl: string, migrationsDir: string): Promise<string[]> {
  const migrationsList = await readMigrationsDir(migrationsDir);
  if (!migrationsList.lockfile.content) {
    throw new Error(`${path.join(migrationsDir, "migration_lock.toml")} is missing (expected provider = "postgresql")`);
  }
  return withDatabase(databaseUrl, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: noFilter });
    return out.appliedMigrationNames;
  });
}

/** `prisma migrate resolve --rolled-back <name>`: after fixing a failed migration's effects by hand. */
export async function markMigrationRolledBack(databaseUrl: string, migrationName: string): Promise<void> {
  await withDatabase(databaseUrl, (engine) => engine.markMigrationRolledBack({ migrationName }));
}
