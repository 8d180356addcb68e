// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF lines, fields quoted when
// needed, and a cell that would start a formula (= + - @, tab, CR) prefixed with an apostrophe, so a title a
// resident typed can never run as a formula in the reader's spreadsheet (CSV injection).
export const CSV_BOM = "\uFEFF";

export function csvField(value: string | number | null | undefined): string {
  if (value == null) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(values: (string | number | null | undefined)[]): string {
  return values.map(csvField).join(",") + "\r\n";
}
