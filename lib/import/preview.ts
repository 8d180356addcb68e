// What the preview shows and the write reads: each row's verdict, the changed fields, the errors, the totals.
import type { RowError } from "./columns.ts";

export type Verdict = "new" | "changed" | "unchanged" | "error";

export type PreviewRow = {
  sheet: string;
  row: number;
  /** The row's stable code and a name to recognise it by. */
  code: string;
  label: string;
  verdict: Verdict;
  /** Column keys whose value differs from the database (changed rows). */
  changed: string[];
  errors: RowError[];
};

export type Totals = Record<Verdict, number>;

export type Preview<D> = { rows: PreviewRow[]; totals: Totals; data: D };

export function totalsOf(rows: readonly PreviewRow[]): Totals {
  const t: Totals = { new: 0, changed: 0, unchanged: 0, error: 0 };
  for (const r of rows) t[r.verdict]++;
  return t;
}
