// Staff filter their queue and export it; the file holds the same items, in the same order, as the pages.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { staffSignsIn } from "./support/loop";
import { query } from "./support/db";

test("staff export the filtered queue and the file lists the same items", async ({ page }) => {
  await staffSignsIn(page, "staff");
  await page.goto("/staff/queue?stage=open&due=overdue");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出当前筛选结果（Excel）" }).click();
  const file = await (await download).path();

  // every item of the filtered queue, following "next page" to the end
  const codes: string[] = [];
  const table = page.getByRole("main").getByRole("table");
  // The code's column, wherever it is (the staff queue's first column is the batch tick box).
  const column = (await table.locator("thead th").allInnerTexts()).findIndex((h) => h.trim() === "查询码") + 1;
  expect(column).toBeGreaterThan(0);
  for (;;) {
    codes.push(...(await table.locator(`tbody tr td:nth-child(${column})`).allInnerTexts()).map((s) => s.trim()));
    const next = page.getByRole("link", { name: /下一页/ });
    if ((await next.count()) === 0) break;
    const before = page.url();
    await next.click();
    await page.waitForURL((u) => u.toString() !== before);
  }
  expect(codes.length).toBeGreaterThan(0);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const exported: string[] = [];
  wb.getWorksheet("清单")!.eachRow((row, n) => {
    if (n > 1) exported.push(String(row.getCell(1).value));
  });
  expect(exported).toEqual(codes);

  const audit = await query<{ detail: { filters: { due?: string } } }>(
    `SELECT detail FROM "AuditEvent" WHERE action = 'queue.export' ORDER BY id DESC LIMIT 1`,
  );
  expect(audit[0]?.detail.filters.due).toBe("overdue");
});
