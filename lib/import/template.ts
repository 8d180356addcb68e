// Builds an import template (and an export in the same shape, so export → edit → import round-trips): one sheet
// per spec with Chinese headers (required ones marked *), a sample row or the data, drop-downs for fixed-value
// columns, and a notes sheet. Written with exceljs, as the other Excel files (docs/decisions/0022).
import ExcelJS from "exceljs";
import type { SheetSpec } from "./columns.ts";

type Validations = { add(range: string, validation: ExcelJS.DataValidation): void };

/** Rows the drop-downs reach: well past any file an office sends (IMPORT_LIMITS.maxRows). */
const VALIDATION_ROWS = 50_001;

function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export async function buildWorkbook<K extends string>(
  sheets: readonly { spec: SheetSpec<K>; rows: Partial<Record<K, string>>[] }[],
  notes: { title: string; lines: string[] },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date();
  for (const { spec, rows } of sheets) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({
      header: c.required ? `${c.header}*` : c.header,
      key: c.key,
      width: c.width ?? Math.max(10, c.header.length * 2 + 4),
      // Text cells: Excel must not turn a register number or a phone into a number or a date.
      style: { numFmt: "@" },
    }));
    ws.getRow(1).font = { bold: true };
    spec.columns.forEach((c, i) => {
      if (c.note) ws.getCell(1, i + 1).note = c.note;
      if (c.list) {
        const letter = columnLetter(i + 1);
        (ws as unknown as { dataValidations: Validations }).dataValidations.add(
          `${letter}2:${letter}${VALIDATION_ROWS}`,
          {
            type: "list",
            allowBlank: !c.required,
            formulae: [`"${c.list.join(",")}"`],
            showErrorMessage: true,
            errorTitle: c.header,
            error: c.list.join(" / "),
          },
        );
      }
    });
    for (const r of rows) ws.addRow(r);
  }
  const about = wb.addWorksheet(notes.title);
  about.getColumn(1).width = 100;
  for (const line of notes.lines) about.addRow([line]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
