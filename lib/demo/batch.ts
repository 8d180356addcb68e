// Bulk inserts in bounded chunks: one statement per chunk, never one per row.

export async function insertInChunks<T>(rows: readonly T[], chunkSize: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += chunkSize) await insert(rows.slice(i, i + chunkSize));
}

export async function insertAndReturn<T, R>(
  rows: readonly T[],
  chunkSize: number,
  insert: (chunk: T[]) => Promise<R[]>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += chunkSize) out.push(...(await insert(rows.slice(i, i + chunkSize))));
  return out;
}

/** Looks a returned row up by a unique key and fails loudly if the database did not return it. */
export function indexBy<R, K>(rows: readonly R[], key: (r: R) => K): Map<K, R> {
  return new Map(rows.map((r) => [key(r), r]));
}

export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo seed: missing ${what}`);
  return value;
}
