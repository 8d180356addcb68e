// What an import sheet looks like: its name and its columns, each with the Chinese header an office sees, whether
// it must be filled in, and the fixed values a drop-down offers. The template, the reader and the preview all
// read these specs, so a sheet is described once.

export type ColumnSpec<K extends string = string> = {
  key: K;
  /** The header in the template (Chinese); the reader matches columns by it, in any order. */
  header: string;
  required?: boolean;
  /** Fixed values: offered as a drop-down in the template and checked on import. */
  list?: readonly string[];
  /** A short hint under the header row's comment, e.g. the date format. */
  note?: string;
  width?: number;
};

export type SheetSpec<K extends string = string> = {
  name: string;
  columns: readonly ColumnSpec<K>[];
  /** One example row for the template (header → value). */
  sample?: Partial<Record<K, string>>;
};

/** One data row as read: its 1-based row number in the sheet and each column's text ("" when empty). */
export type RawRow<K extends string = string> = { row: number; cells: Record<K, string> };

/** A reason a row cannot be imported: the column (its key) and a message-catalog key under "import.reason". */
export type RowError = { column: string; reason: string; params?: Record<string, string | number> };

/** The limits an office's file must stay within (docs/decisions/0049). */
export const IMPORT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  /** Data rows per sheet; a province's 16,000 deputies and 30,000 mandates fit with room. */
  maxRows: 50_000,
} as const;
