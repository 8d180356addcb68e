// Excel files of the insight lists and tables (exceljs, docs/decisions/0022). Written as a stream, a batch of
// rows at a time, so a long list never sits in memory whole. The first sheet is the data with one header row
// (easy to re-read); the second says what was counted, when, and by whom.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { allItems, type ItemRow } from "./items.ts";
import type { Dashboard } from "./dashboard.ts";
import type { Slice } from "./filters.ts";
import { MEASURE_KEYS, RATES, rate, type Figures, type MeasureKey, type RateKey } from "./measures.ts";

/** More rows than this is a data dump, not a list someone reads; the file says it stopped. */
export const EXPORT_ROW_LIMIT = 100_000;

export type Labels = {
  sheetItems: string;
  sheetAbout: string;
  columns: string[];
  status: (s: ItemRow["status"]) => string;
  source: (s: ItemRow["source"]) => string;
  evaluation: (e: NonNullable<ItemRow["evaluation"]>) => string;
  measure: (m: MeasureKey | "avgDaysToReply") => string;
  rate: (r: RateKey) => string;
  about: [string, string][];
  truncated: string;
  sheetFigures: string;
  sheetByRegion: string;
  sheetByCategory: string;
  sheetByUnit: string;
  name: string;
  value: string;
};

function writer(): { wb: ExcelJS.stream.xlsx.WorkbookWriter; stream: PassThrough } {
  const stream = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  return { wb, stream };
}

type Cell = string | number | Date | null;

/** One list as an .xlsx stream: a sheet of rows under one header row (frozen), then the "about" sheet. Stops
 *  after `limit` rows and says so in the file. Every list export (insight lists, work queues) goes through here. */
export function rowsWorkbook(
  sheets: { items: string; about: string },
  columns: string[],
  rows: AsyncIterable<Cell[]>,
  aboutLines: [string, string][],
  truncated: string,
  limit = EXPORT_ROW_LIMIT,
): PassThrough {
  const { wb, stream } = writer();
  void (async () => {
    try {
      const sheet = wb.addWorksheet(sheets.items, { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.columns = columns.map((header, i) => ({ header, width: i === 1 ? 40 : 14 }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      let n = 0;
      for await (const row of rows) {
        sheet.addRow(row).commit();
        if (++n >= limit) break;
      }
      if (n >= limit) sheet.addRow([truncated]).commit();
      sheet.commit();
      const about = wb.addWorksheet(sheets.about);
      for (const line of aboutLines) about.addRow(line).commit();
      about.commit();
      await wb.commit();
    } catch (err) {
      stream.destroy(err as Error);
    }
  })();
  return stream;
}

/** The items behind one figure, as an .xlsx stream. */
export function itemsWorkbook(slice: Slice, measure: MeasureKey, labels: Labels, now = new Date()): PassThrough {
  async function* rows() {
    for await (const r of allItems(slice, measure, EXPORT_ROW_LIMIT, now)) {
      yield [
        r.trackingCode,
        r.title,
        r.categoryName,
        labels.source(r.source),
        r.placeName,
        r.unitName ?? "",
        labels.status(r.status),
        r.submittedAt,
        r.firstReplyAt,
        r.replyDueAt,
        r.replyClass ?? "",
        r.evaluation ? labels.evaluation(r.evaluation) : "",
        r.dueAt,
      ];
    }
  }
  return rowsWorkbook(
    { items: labels.sheetItems, about: labels.sheetAbout },
    labels.columns,
    rows(),
    labels.about,
    labels.truncated,
  );
}

function figuresRow(f: Figures): (number | null)[] {
  return [
    ...MEASURE_KEYS.map((k) => f[k]),
    f.avgDaysToReply,
    ...(Object.keys(RATES) as RateKey[]).map((k) => rate(f, k)),
  ];
}

/** The dashboard's figures and breakdowns, one sheet each. */
export function figuresWorkbook(dash: Dashboard, labels: Labels): PassThrough {
  const { wb, stream } = writer();
  void (async () => {
    try {
      const header = [
        labels.name,
        ...MEASURE_KEYS.map(labels.measure),
        labels.measure("avgDaysToReply"),
        ...(Object.keys(RATES) as RateKey[]).map(labels.rate),
      ];
      const pct = (sheet: ExcelJS.Worksheet) => {
        for (let i = header.length - Object.keys(RATES).length + 1; i <= header.length; i++)
          sheet.getColumn(i).numFmt = "0.0%";
      };
      const totals = wb.addWorksheet(labels.sheetFigures);
      totals.columns = header.map((h, i) => ({ header: h, width: i === 0 ? 24 : 12 }));
      pct(totals);
      totals.getRow(1).commit();
      totals.addRow([labels.value, ...figuresRow(dash.totals)]).commit();
      totals.commit();
      for (const [title, rows] of [
        [labels.sheetByRegion, dash.byRegion],
        [labels.sheetByCategory, dash.byCategory],
        [labels.sheetByUnit, dash.byUnit],
      ] as const) {
        const sheet = wb.addWorksheet(title);
        sheet.columns = header.map((h, i) => ({ header: h, width: i === 0 ? 24 : 12 }));
        pct(sheet);
        sheet.getRow(1).commit();
        for (const r of rows) sheet.addRow([r.name, ...figuresRow(r.figures)]).commit();
        sheet.commit();
      }
      const aboutSheet = wb.addWorksheet(labels.sheetAbout);
      for (const line of labels.about) aboutSheet.addRow(line).commit();
      aboutSheet.commit();
      await wb.commit();
    } catch (err) {
      stream.destroy(err as Error);
    }
  })();
  return stream;
}
