// Reads an uploaded .xlsx against the sheets an import expects, and refuses the whole file with one clear reason
// when it is not one we can read: not an .xlsx, too large, not our template, required columns missing, formulas,
// too many rows.
import ExcelJS from "exceljs";
import { IMPORT_LIMITS, type RawRow, type SheetSpec } from "./columns.ts";
import { ImportFileError } from "./import-file-error.ts";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Quick checks before anything is stored: size, and that the bytes are a zip (every .xlsx is one). */
export function assertLooksLikeXlsx(fileName: string, bytes: Uint8Array, limits = IMPORT_LIMITS): void {
  if (bytes.byteLength === 0) throw new ImportFileError("empty");
  if (bytes.byteLength > limits.maxBytes)
    throw new ImportFileError("tooLarge", { limitMb: Math.round(limits.maxBytes / 1024 / 1024) });
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (!/\.xlsx$/i.test(fileName) || !isZip) throw new ImportFileError("notXlsx");
}

type CellValue = ExcelJS.CellValue;

function isFormula(v: CellValue): boolean {
  return typeof v === "object" && v != null && ("formula" in v || "sharedFormula" in v);
}

/** A cell as the text an office typed. Dates become YYYY-MM-DD (Excel stores them as UTC midnight). */
function cellText(v: CellValue): string {
  if (v == null) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === "boolean") return v ? "是" : "否";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if ("richText" in v)
    return v.richText
      .map((r) => r.text)
      .join("")
      .trim();
  if ("text" in v && typeof v.text === "string") return v.text.trim();
  if ("error" in v) return String(v.error);
  return "";
}

function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export type ReadResult<K extends string> = Record<string, RawRow<K>[]>;

/**
 * Reads every sheet named in `specs` (other sheets, such as the template's notes, are ignored). Blank rows are
 * skipped. `onRows` is told how many data rows have been read, for the progress bar.
 */
export async function readWorkbook<K extends string>(
  bytes: Uint8Array,
  specs: readonly SheetSpec<K>[],
  opts: { maxRows?: number; onRows?: (read: number) => void | Promise<void> } = {},
): Promise<ReadResult<K>> {
  const maxRows = opts.maxRows ?? IMPORT_LIMITS.maxRows;
  const bySheet = new Map(specs.map((s) => [s.name, s]));
  const out: ReadResult<K> = {};
  let total = 0;
  const sheets = specs.map((s) => `“${s.name}”`).join("、");
  // Loaded whole, not streamed: exceljs's streaming reader splits multi-byte characters at chunk boundaries and
  // garbles Chinese text now and then (seen in tests). The size limit keeps the workbook's memory bounded.
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError("notXlsx");
  }
  for (const ws of wb.worksheets) {
    const spec = bySheet.get(ws.name);
    if (!spec) continue;
    if (ws.actualRowCount - 1 > maxRows) throw new ImportFileError("tooManyRows", { sheet: ws.name, max: maxRows });
    const index = headerIndex(spec, ws.getRow(1), ws.name, sheets);
    const rows: RawRow<K>[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (!row.hasValues) continue;
      const cells = {} as Record<K, string>;
      let filled = false;
      for (const c of spec.columns) cells[c.key] = "";
      for (const [col, key] of index) {
        const v = row.getCell(col).value;
        if (isFormula(v)) throw new ImportFileError("formula", { sheet: ws.name, cell: `${columnLetter(col)}${r}` });
        const text = cellText(v);
        if (text) filled = true;
        cells[key] = text;
      }
      if (!filled) continue;
      rows.push({ row: r, cells });
      if (++total % 2000 === 0) await opts.onRows?.(total);
    }
    out[ws.name] = rows;
  }
  for (const s of specs) if (!out[s.name]) throw new ImportFileError("wrongTemplate", { sheets });
  await opts.onRows?.(total);
  return out;
}

/** Matches the header row to the spec by header text; refuses a sheet missing required columns. */
function headerIndex<K extends string>(
  spec: SheetSpec<K>,
  row: ExcelJS.Row,
  sheet: string,
  sheets: string,
): Map<number, K> {
  const byHeader = new Map(spec.columns.map((c) => [c.header, c.key]));
  const index = new Map<number, K>();
  row.eachCell((cell, col) => {
    const key = byHeader.get(cellText(cell.value).replace(/\s|\*/g, ""));
    if (key) index.set(col, key);
  });
  const seen = new Set(index.values());
  if (seen.size === 0) throw new ImportFileError("wrongTemplate", { sheets });
  const missing = spec.columns.filter((c) => c.required && !seen.has(c.key)).map((c) => c.header);
  if (missing.length) throw new ImportFileError("missingColumns", { sheet, columns: missing.join("、") });
  return index;
}
