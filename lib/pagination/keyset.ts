// Keyset ("seek") pagination (P3): a page continues after the last row's sort key instead of skipping rows with
// OFFSET, so page 2,000 costs what page 1 costs. The cursor is opaque to people (base64url of "epochMs:id") and
// untrusted: anything that does not decode to a sane key is treated as "no cursor" (the first page).

/** The sort key of a row: a timestamp and the row id that breaks ties between equal timestamps. */
export type Keyset = { at: Date; id: number };

const MAX_INT4 = 2_147_483_647;
// Timestamps PostgreSQL and JS both represent without surprises (1970-01-01 .. 9999-12-31).
const MAX_MS = 253_402_300_799_999;
const MAX_CURSOR_LENGTH = 40;

export function encodeCursor(key: Keyset): string {
  return Buffer.from(`${key.at.getTime()}:${key.id}`, "utf8").toString("base64url");
}

/** The key in a cursor, or null when it is missing, malformed or out of range (never throws). */
export function decodeCursor(raw: unknown): Keyset | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw))
    return null;
  const m = /^(\d{1,15}):(\d{1,10})$/.exec(Buffer.from(raw, "base64url").toString("utf8"));
  if (!m) return null;
  const ms = Number(m[1]);
  const id = Number(m[2]);
  if (ms > MAX_MS || id < 1 || id > MAX_INT4) return null;
  return { at: new Date(ms), id };
}

export type Page<T> = { rows: T[]; next: string | null };

/** Rows fetched with `take: size + 1`: the page, and the cursor of its last row when another row followed. */
export function toPage<T>(rows: readonly T[], size: number, keyOf: (row: T) => Keyset): Page<T> {
  if (rows.length <= size) return { rows: [...rows], next: null };
  const page = rows.slice(0, size);
  return { rows: page, next: encodeCursor(keyOf(page[page.length - 1])) };
}

/**
 * The Prisma where-clause for "after this key" in (field, id) order. The redundant bound on `field` alone lets
 * PostgreSQL start the index scan at the key; the OR then drops the rows already shown with the same timestamp.
 */
export function seekAfter<F extends string>(field: F, key: Keyset, direction: "asc" | "desc") {
  const strict = direction === "desc" ? "lt" : "gt";
  const inclusive = direction === "desc" ? "lte" : "gte";
  return {
    [field]: { [inclusive]: key.at },
    OR: [{ [field]: { [strict]: key.at } }, { id: { [strict]: key.id } }],
  } as { [K in F]: { lte?: Date; gte?: Date } } & {
    OR: ({ [K in F]: { lt?: Date; gt?: Date } } | { id: { lt?: number; gt?: number } })[];
  };
}
