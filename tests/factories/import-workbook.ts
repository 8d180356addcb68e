// Builds a one-sheet import file the way an office fills in a template: the headers (required ones with *), then
// one row per object of cells by column key.
import ExcelJS from "exceljs";
import type { SheetSpec } from "@/lib/import/columns";

export async function sheetWorkbook<K extends string>(
  spec: SheetSpec<K>,
  rows: Partial<Record<K, string>>[],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.name);
  ws.addRow(spec.columns.map((c) => (c.required ? `${c.header}*` : c.header)));
  for (const r of rows) ws.addRow(spec.columns.map((c) => r[c.key] ?? ""));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
