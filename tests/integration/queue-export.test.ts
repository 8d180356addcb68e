// The staff queue's Excel export holds exactly the rows paging through the queue shows, across pages.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { allQueueRows } from "@/lib/suggestions/queue-export";
import { listStaffQueue, QUEUE_PAGE_SIZE } from "@/lib/suggestions/staff-queue";
import { rowsWorkbook } from "@/lib/insight/export";
import { db } from "@/lib/db";
import { SUBMISSIONS_PER_HOUR_SETTING } from "@/lib/suggestions/submission-cap";
import { createLoopWorld, submitAs } from "../factories/loop";

async function read(stream: NodeJS.ReadableStream): Promise<ExcelJS.Workbook> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return wb;
}

describe("queue export", () => {
  it("walks every page of the filtered queue, within the staff member's scope, and stops at the limit", async () => {
    const w = await createLoopWorld();
    const count = QUEUE_PAGE_SIZE + 7;
    // One resident submits them all: lift the hourly cap for this test (a setting staff may change).
    await db.setting.create({ data: { key: SUBMISSIONS_PER_HOUR_SETTING, value: count + 10 } });
    for (let i = 0; i < count; i++) await submitAs(w, `路灯不亮 第${i}处`);

    const exported = [];
    for await (const r of allQueueRows(w.staff, {})) exported.push(r.trackingCode);
    const first = await listStaffQueue(w.staff, {});
    const second = await listStaffQueue(w.staff, { after: first.next! });
    expect(second.next).toBeNull();
    expect(exported).toEqual([...first.rows, ...second.rows].map((r) => r.trackingCode));
    expect(exported).toHaveLength(count);

    const limited = [];
    for await (const r of allQueueRows(w.staff, {}, 10)) limited.push(r);
    expect(limited).toHaveLength(10);

    // the file: one header row, then the rows in the same order, and a note when the limit cut it short
    async function* cells() {
      for await (const r of allQueueRows(w.staff, {})) yield [r.trackingCode, r.title];
    }
    const wb = await read(
      rowsWorkbook(
        { items: "清单", about: "说明" },
        ["编号", "标题"],
        cells(),
        [["内容", "待办事项"]],
        "只导出了前 N 行",
        1000,
      ),
    );
    const codes = wb
      .getWorksheet("清单")!
      .getSheetValues()
      .slice(2)
      .map((row) => (row as string[])[1]);
    expect(codes).toEqual(exported);
    const cut = await read(
      rowsWorkbook({ items: "清单", about: "说明" }, ["编号", "标题"], cells(), [], "只导出了前 N 行", 5),
    );
    const cutRows = cut
      .getWorksheet("清单")!
      .getSheetValues()
      .slice(2)
      .map((row) => (row as string[])[1]);
    expect(cutRows).toEqual([...exported.slice(0, 5), "只导出了前 N 行"]);
  });
});
