// The changed fields between what the database holds and what a row says, compared as the text a person would
// see (so 2026-01-01 equals a Date of that day, null equals an empty cell).

export type Comparable = string | number | boolean | null | undefined | readonly (string | number)[];

function norm(v: Comparable): string {
  if (v == null) return "";
  if (Array.isArray(v)) return [...(v as (string | number)[])].map(String).sort().join("|");
  return String(v);
}

export function changedFields<K extends string>(
  before: Record<K, Comparable>,
  after: Record<K, Comparable>,
  keys: readonly K[],
): K[] {
  return keys.filter((k) => norm(before[k]) !== norm(after[k]));
}
