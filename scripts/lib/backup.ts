// Backup and restore through the PostgreSQL driver, so they work the same on the embedded server and on any
// DATABASE_URL, whatever its version (the operating system's pg_dump refuses the embedded version-18 server).
// See docs/decisions/0051-backup-through-the-driver.md.
//
// A backup is one gzip file of text:
//   LIAISON-BACKUP 1
//   {header: when, server version, the migrations applied, the tables in load order}
//   TABLE {"name": …, "columns": […]}      then the table's rows in COPY text format, then "\."
//   …
//   END {"rows": {table: count}}
// Every table is copied inside one REPEATABLE READ transaction: one consistent snapshot while the portal runs.
// The job queue's own schema (pgboss) is left out: its schedules are made again when the worker starts, and a
// message not yet sent is still in the outbox table, which is backed up.
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { pipeline as streamPipeline, Transform, type Writable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { installJobSchema } from "../../lib/jobs/boss.ts";
import { applyMigrations } from "./schema-engine.ts";

const MAGIC = "LIAISON-BACKUP 1";

export type BackupHeader = {
  createdAt: string;
  server: string;
  migrations: string[];
  tables: string[];
  /** Each sequence's value when the backup was made (null: never used); sequences are not rows. */
  sequences?: Record<string, number | null>;
};

export type BackupSummary = { file: string; tables: number; rows: Record<string, number>; bytes: number };

type TableInfo = { name: string; columns: string[] };

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The application's tables, parents before children, so every foreign key finds its row when loaded. */
async function tablesInLoadOrder(client: pg.Client): Promise<TableInfo[]> {
  const tables = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND c.relname <> '_prisma_migrations'
    ORDER BY c.relname`);
  const columns = await client.query<{ table: string; column: string }>(`
    SELECT c.relname AS table, a.attname AS column FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY c.relname, a.attnum`);
  const edges = await client.query<{ child: string; parent: string }>(`
    SELECT ch.relname AS child, pa.relname AS parent FROM pg_constraint k
    JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = ch.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND ch.oid <> pa.oid`);

  const names = tables.rows.map((t) => t.name);
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const e of edges.rows) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter((n) => !placed.has(n) && [...(parents.get(n) ?? [])].every((p) => placed.has(p)));
    if (ready.length === 0) {
      const left = names.filter((n) => !placed.has(n));
      throw new Error(`backup: foreign keys form a cycle among ${left.join(", ")}; no load order exists`);
    }
    for (const n of ready) {
      placed.add(n);
      ordered.push(n);
    }
  }
  const byTable = new Map<string, string[]>();
  for (const c of columns.rows) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c.column]);
  return ordered.map((name) => ({ name, columns: byTable.get(name) ?? [] }));
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const rows = await client.query<{ name: string }>(`
    SELECT migration_name AS name FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`);
  return rows.rows.map((r) => r.name);
}

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.write(text)) resolve();
    else {
      out.once("drain", resolve);
      out.once("error", reject);
    }
  });
}

/** Counts the lines of a COPY stream as it passes (one line per row in COPY text format). */
function lineCounter(): Transform & { lines: number } {
  const t = new Transform({
    transform(chunk: Buffer, _enc, done) {
      for (const byte of chunk) if (byte === 10) counter.lines++;
      done(null, chunk);
    },
  });
  const counter = Object.assign(t, { lines: 0 });
  return counter;
}

/** Writes a consistent backup of the database at `url` to `file` (gzip). Safe while the portal runs. */
export async function backupDatabase(url: string, file: string): Promise<BackupSummary> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows: Record<string, number> = {};
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await tablesInLoadOrder(client);
    const header: BackupHeader = {
      createdAt: new Date().toISOString(),
      server: (await client.query<{ v: string }>("SHOW server_version")).rows[0]?.v ?? "?",
      migrations: await appliedMigrations(client),
      tables: tables.map((t) => t.name),
      sequences: Object.fromEntries(
        (
          await client.query<{ name: string; value: string | null }>(
            `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`,
          )
        ).rows.map((r) => [r.name, r.value === null ? null : Number(r.value)]),
      ),
    };
    const gzip = createGzip();
    const done = pipeline(gzip, createWriteStream(partial));
    await write(gzip, `${MAGIC}\n${JSON.stringify(header)}\n`);
    for (const t of tables) {
      await write(gzip, `TABLE ${JSON.stringify(t)}\n`);
      const cols = t.columns.map(ident).join(", ");
      const counter = lineCounter();
      const source = client.query(copyTo(`COPY ${ident(t.name)} (${cols}) TO STDOUT`));
      await pipeline(source, counter, gzip, { end: false });
      rows[t.name] = counter.lines;
      await write(gzip, "\\.\n");
    }
    await write(gzip, `END ${JSON.stringify({ rows })}\n`);
    gzip.end();
    await done;
    await client.query("COMMIT");
    await fs.rename(partial, file);
    const { size } = await fs.stat(file);
    return { file, tables: tables.length, rows, bytes: size };
  } catch (e) {
    await fs.rm(partial, { force: true });
    throw e;
  } finally {
    await client.end();
  }
}

/** The file's lines, gunzipped; a read or gzip error (a cut or corrupt file) throws instead of hanging. */
async function* linesOf(file: string): AsyncGenerator<string> {
  const stream = streamPipeline(createReadStream(file), createGunzip(), () => {});
  const decoder = new StringDecoder("utf8"); // a character may be split between two chunks
  let rest = "";
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = rest + decoder.write(chunk);
    const parts = text.split("\n");
    rest = parts.pop() ?? "";
    yield* parts;
  }
  rest += decoder.end();
  if (rest) yield rest;
}

/** Reads a backup file's sections in order: the header, then each table's rows, then the trailer's counts. */
async function* readBackup(
  file: string,
): AsyncGenerator<
  | { kind: "header"; header: BackupHeader }
  | { kind: "table"; table: TableInfo; lines: AsyncGenerator<string> }
  | { kind: "end"; rows: Record<string, number> }
> {
  const it = linesOf(file);
  const next = async () => {
    const r = await it.next();
    return r.done ? null : r.value;
  };
  if ((await next()) !== MAGIC) throw new Error(`restore: ${file} is not a backup made by npm run backup`);
  const headerLine = await next();
  if (!headerLine) throw new Error("restore: the backup ends after its first line");
  yield { kind: "header", header: JSON.parse(headerLine) as BackupHeader };
  for (;;) {
    const line = await next();
    if (line === null) throw new Error("restore: the backup is cut short (no END line): it is incomplete");
    if (line.startsWith("END ")) {
      yield { kind: "end", rows: (JSON.parse(line.slice(4)) as { rows: Record<string, number> }).rows };
      return;
    }
    if (!line.startsWith("TABLE ")) throw new Error(`restore: unexpected line in backup: ${line.slice(0, 40)}`);
    const table = JSON.parse(line.slice(6)) as TableInfo;
    let finished = false;
    const lines = (async function* () {
      for (;;) {
        const row = await next();
        if (row === null) throw new Error(`restore: table ${table.name} is cut short`);
        if (row === "\\.") {
          finished = true;
          return;
        }
        yield row;
      }
    })();
    yield { kind: "table", table, lines };
    if (!finished) for await (const skipped of lines) void skipped; // the consumer stopped early: skip the rest
  }
}

/** Reads the whole file once before anything is written: a cut or corrupt backup is refused up front. */
export async function verifyBackup(file: string): Promise<BackupHeader> {
  let header: BackupHeader | undefined;
  const counted: Record<string, number> = {};
  for await (const s of readBackup(file)) {
    if (s.kind === "header") header = s.header;
    else if (s.kind === "table") {
      let n = 0;
      for await (const line of s.lines) n += line.length >= 0 ? 1 : 0;
      counted[s.table.name] = n;
    } else {
      for (const [table, n] of Object.entries(s.rows)) {
        if (counted[table] !== n) throw new Error(`restore: ${table} has ${counted[table]} rows, the backup says ${n}`);
      }
    }
  }
  if (!header) throw new Error("restore: the backup has no header");
  return header;
}

/** Loads one table's COPY lines into the open transaction; returns how many rows went in. */
async function loadTable(client: pg.Client, table: TableInfo, lines: AsyncGenerator<string>): Promise<number> {
  const cols = table.columns.map(ident).join(", ");
  const sink = client.query(copyFrom(`COPY ${ident(table.name)} (${cols}) FROM STDIN`));
  let count = 0;
  const finished = new Promise<void>((resolve, reject) => {
    sink.on("finish", resolve);
    sink.on("error", reject);
  });
  for await (const line of lines) {
    count++;
    await write(sink, `${line}\n`);
  }
  sink.end();
  await finished;
  return count;
}

/**
 * Sequences as they were (codes such as ST000042 come from sequences too), then every integer serial moved past
 * the largest restored id in case a row was added between reading the sequence and the snapshot.
 */
async function restoreSequences(client: pg.Client, recorded: Record<string, number | null>): Promise<void> {
  for (const [name, value] of Object.entries(recorded)) {
    if (value !== null) await client.query(`SELECT setval($1, $2, true)`, [ident(name), value]);
  }
  const serials = await client.query<{ table: string; column: string; seq: string }>(`
    SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      AND a.atttypid IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)
      AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`);
  for (const s of serials.rows) {
    await client.query(
      // s.seq comes from the catalog, already quoted by pg_get_serial_sequence.
      `SELECT setval($1, GREATEST((SELECT last_value FROM ${s.seq}),
         COALESCE((SELECT MAX(${ident(s.column)}) FROM ${ident(s.table)}), 0)), true)`,
      [s.seq],
    );
  }
}

/**
 * Restores `file` into the EMPTY database at `url`: the backup's own migrations first, then the rows (one
 * transaction, counts checked against the backup), then any newer migrations of this version of the portal.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  migrationsDir: string,
  log: (msg: string) => void = () => {},
): Promise<{ rows: Record<string, number>; laterMigrations: string[] }> {
  if (!existsSync(file)) throw new Error(`restore: no such file: ${file}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const staging = await fs.mkdtemp(path.join(os.tmpdir(), "liaison-restore-"));
  try {
    const existing = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
    );
    if ((existing.rows[0]?.n ?? 0) > 0) {
      throw new Error("restore: the target database already has tables; restore only into an empty database");
    }
    await verifyBackup(file);
    const sections = readBackup(file);
    const first = await sections.next();
    if (first.done || first.value.kind !== "header") throw new Error("restore: the backup has no header");
    const header = first.value.header;
    const known = new Set(await fs.readdir(migrationsDir));
    const unknown = header.migrations.filter((m) => !known.has(m));
    if (unknown.length) {
      throw new Error(
        `restore: the backup was made by a newer version of the portal (unknown migrations: ${unknown.join(", ")})`,
      );
    }
    // The schema exactly as it was when the backup was made, so the rows fit it column for column.
    await fs.copyFile(path.join(migrationsDir, "migration_lock.toml"), path.join(staging, "migration_lock.toml"));
    for (const m of header.migrations)
      await fs.cp(path.join(migrationsDir, m), path.join(staging, m), { recursive: true });
    log(`restore: schema of ${header.createdAt} (${header.migrations.length} migrations)`);
    await applyMigrations(url, staging);
    await installJobSchema(url);

    const loaded: Record<string, number> = {};
    await client.query("BEGIN");
    try {
      // Migrations seed reference rows (rules, settings); the backup carries their current state instead.
      for (const table of [...header.tables].reverse()) {
        const has = await client.query(`SELECT 1 FROM ${ident(table)} LIMIT 1`);
        if (has.rowCount) await client.query(`DELETE FROM ${ident(table)}`);
      }
      for (;;) {
        const s = await sections.next();
        if (s.done) throw new Error("restore: the backup is cut short");
        if (s.value.kind === "table") {
          loaded[s.value.table.name] = await loadTable(client, s.value.table, s.value.lines);
          log(`restore: ${s.value.table.name} ${loaded[s.value.table.name]}`);
        } else if (s.value.kind === "end") {
          for (const [table, n] of Object.entries(s.value.rows)) {
            if (loaded[table] !== n)
              throw new Error(`restore: ${table} has ${loaded[table]} rows, the backup says ${n}`);
          }
          break;
        }
      }
      await restoreSequences(client, header.sequences ?? {});
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK").catch(() => {});
      throw e;
    }
    const laterMigrations = await applyMigrations(url, migrationsDir);
    return { rows: loaded, laterMigrations };
  } finally {
    await client.end();
    await fs.rm(staging, { recursive: true, force: true });
  }
}
