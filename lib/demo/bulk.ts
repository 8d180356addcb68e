// Bulk inserts through one `INSERT ... SELECT * FROM unnest($1::type[], $2::type[], ...)` per chunk: a single
// parameter per column instead of one per value. Prisma's createMany spends ~0.3 ms per row in the client,
// which would make a million suggestions (about ten million rows with their history) take the better part of
// an hour; this takes minutes. Table and column names come from the specs below, never from input (S11).
import { Prisma } from "../generated/prisma/client.ts";
import type { SeedDb } from "./types.ts";

export type ColumnType = "int" | "text" | "bool" | "timestamptz" | "date" | "numeric" | "jsonb" | { enum: string };

export interface TableSpec<Row> {
  table: string;
  columns: { [K in keyof Row]?: ColumnType };
}

/** Columns not listed are left to their database default; listed columns take null when a row has no value. */
export const tableSpec = <Row>(table: string, columns: { [K in keyof Row]?: ColumnType }): TableSpec<Row> => ({
  table,
  columns,
});

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function toParam(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  if (type === "timestamptz") return (value instanceof Date ? value : new Date(value as string)).toISOString();
  if (type === "date") return (value instanceof Date ? value : new Date(value as string)).toISOString().slice(0, 10);
  if (type === "jsonb") return JSON.stringify(value);
  if (type === "numeric") return String(value);
  return value;
}

const sqlType = (type: ColumnType) => (typeof type === "string" ? `${type}[]` : `text[]`);
const cast = (type: ColumnType) => (typeof type === "string" ? "" : `::${quote(type.enum)}`);

function buildInsert<Row>(spec: TableSpec<Row>, rows: readonly Row[], returning: readonly string[]): Prisma.Sql {
  const entries = Object.entries(spec.columns) as [keyof Row & string, ColumnType][];
  const names = entries.map(([name]) => quote(name)).join(", ");
  const arrays = entries.map(([name, type]) => {
    const values = rows.map((row) => toParam(row[name], type));
    return Prisma.sql`${values}::${Prisma.raw(sqlType(type))}`;
  });
  const selects = entries.map(([, type], i) => `u.c${i}${cast(type)}`).join(", ");
  const aliases = entries.map((_, i) => `c${i}`).join(", ");
  const ret = returning.length > 0 ? ` RETURNING ${returning.map(quote).join(", ")}` : "";
  return Prisma.sql`INSERT INTO ${Prisma.raw(quote(spec.table))} (${Prisma.raw(names)})
    SELECT ${Prisma.raw(selects)} FROM unnest(${Prisma.join(arrays)}) AS u(${Prisma.raw(aliases)})${Prisma.raw(ret)}`;
}

export async function bulkInsert<Row>(
  db: SeedDb,
  spec: TableSpec<Row>,
  rows: readonly Row[],
  chunkSize = 5000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) {
    await db.$executeRaw(buildInsert(spec, rows.slice(i, i + chunkSize), []));
  }
}

export async function bulkInsertReturning<Row, R>(
  db: SeedDb,
  spec: TableSpec<Row>,
  rows: readonly Row[],
  returning: readonly (keyof R & string)[],
  chunkSize = 5000,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += chunkSize) {
    out.push(...(await db.$queryRaw<R[]>(buildInsert(spec, rows.slice(i, i + chunkSize), returning))));
  }
  return out;
}

/** Looks a returned row up and fails loudly if the database did not return it. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo seed: missing ${what}`);
  return value;
}
