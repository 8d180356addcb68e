// Staff download the deputies template, fill in one deputy, upload it, see the preview, confirm, and find the
// deputy in the list (issue 11).
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import os from "node:os";
import path from "node:path";
import { expectPath, signInAsStaff } from "./support/login";
import { query } from "./support/db";

test("staff import a deputy from the template after a preview", async ({ page }) => {
  await signInAsStaff(page, "staff");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto("/staff/deputies/import");

  const download = page.waitForEvent("download");
  await page.getByRole("main").getByRole("link", { name: "下载模板" }).click();
  const template = await (await download).path();

  const [region] = await query<{ name: string }>(
    `SELECT r.name FROM "User" u JOIN "Region" r ON r.id = u."regionId" WHERE u.username = 'staff'`,
  );
  const code = `E2E${Date.now().toString(36)}`;
  const name = `导入测试${Date.now().toString(36).slice(-4)}`;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const deputies = wb.getWorksheet("代表")!;
  deputies.getRow(2).values = [code, name, "女", "社区医生", "", "13912340000", "", ""];
  const mandates = wb.getWorksheet("任职")!;
  mandates.getRow(2).values = [code, "市", "16", region.name, "第一选区", "2022-01-01", ""];
  const file = path.join(os.tmpdir(), `${code}.xlsx`);
  await wb.xlsx.writeFile(file);

  await page.getByLabel("Excel 文件（.xlsx，最大 10 MB）").setInputFiles(file);
  await page.getByRole("button", { name: "上传并检查" }).click();
  await page.waitForURL((url) => /^\/staff\/deputies\/import\/[0-9a-f-]{36}$/.test(url.pathname));
  // The worker checks the file; the page follows its progress until the preview is there.
  await expect(page.getByText("新增 1 · 修改 0 · 不变 0 · 出错 0")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("cell", { name: code })).toBeVisible();
  expect((await query(`SELECT 1 FROM "Deputy" WHERE code = $1`, [code])).length).toBe(0);

  await page.getByRole("button", { name: "确认导入" }).click();
  // The result is a status message (role=status), not an alert.
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "导入完成" })).toBeVisible({
    timeout: 30_000,
  });

  await page.goto(`/staff/deputies?q=${encodeURIComponent(name)}`);
  await expectPath(page, "/staff/deputies");
  await expect(page.getByRole("link", { name })).toBeVisible();
});
