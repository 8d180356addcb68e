// Builds deputies import files the way an office would fill in the template.
import ExcelJS from "exceljs";
import { DEPUTY_SHEET, MANDATE_SHEET } from "@/lib/deputies/import/sheets";

export type DeputyCells = Partial<Record<(typeof DEPUTY_SHEET.columns)[number]["key"], string>>;
export type MandateCells = Partial<Record<(typeof MANDATE_SHEET.columns)[number]["key"], string>>;

export async function deputyWorkbook(
  deputies: DeputyCells[],
  mandates: MandateCells[],
  opts: { dropColumn?: string; formulaAt?: number; sheetNames?: [string, string] } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheets: [typeof DEPUTY_SHEET | typeof MANDATE_SHEET, Record<string, string | undefined>[]][] = [
    [DEPUTY_SHEET, deputies],
    [MANDATE_SHEET, mandates],
  ];
  sheets.forEach(([spec, rows], i) => {
    const ws = wb.addWorksheet(opts.sheetNames?.[i] ?? spec.name);
    const cols = spec.columns.filter((c) => c.header !== opts.dropColumn);
    ws.addRow(cols.map((c) => (c.required ? `${c.header}*` : c.header)));
    rows.forEach((r, n) => {
      const row = ws.addRow(cols.map((c) => r[c.key] ?? ""));
      if (i === 0 && opts.formulaAt === n) row.getCell(2).value = { formula: 'CONCAT("张","三")', result: "张三" };
    });
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
