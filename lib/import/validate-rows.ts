// Turns the text of each row into a typed row through a strict zod schema. Each issue becomes a row error naming
// the column and a reason (a catalog key under "import.reason"); the schemas' messages are those keys.
import type { z } from "zod";
import type { RawRow, RowError } from "./columns.ts";

export type Checked<T> = { row: number; value: T | null; errors: RowError[] };

export function validateRows<K extends string, S extends z.ZodType>(
  rows: RawRow<K>[],
  schema: S,
): Checked<z.output<S>>[] {
  return rows.map(({ row, cells }) => {
    const parsed = schema.safeParse(cells);
    if (parsed.success) return { row, value: parsed.data, errors: [] };
    const errors: RowError[] = [];
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? "");
      if (seen.has(column)) continue;
      seen.add(column);
      errors.push({ column, reason: issue.message });
    }
    return { row, value: null, errors };
  });
}

/** Marks every row after the first that repeats a key (e.g. a register number) as an error in `column`. */
export function flagDuplicates<T>(
  rows: Checked<T>[],
  keyOf: (value: T) => string,
  column: string,
  reason = "duplicate",
): void {
  const first = new Map<string, number>();
  for (const r of rows) {
    if (!r.value) continue;
    const key = keyOf(r.value);
    const at = first.get(key);
    if (at == null) first.set(key, r.row);
    else {
      r.errors.push({ column, reason, params: { row: at } });
      r.value = null;
    }
  }
}
