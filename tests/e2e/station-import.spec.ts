// Staff download the stations template, fill in one station with exceljs, upload it, see the preview, confirm,
// and a resident finds the station on /stations (issue 11).
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import os from "node:os";
import path from "node:path";
import { signInAsStaff } from "./support/login";
import { query } from "./support/db";

test("staff import a station from the template and it appears on the public list", async ({ page, browser }) => {
  await signInAsStaff(page, "staff");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto("/staff/stations");
  const links = page.getByRole("navigation", { name: "Excel 导入" });
  await expect(links.getByRole("link", { name: "Excel 导入" })).toHaveAttribute("href", "/staff/stations/import");
  await expect(links.getByRole("link", { name: "导出 Excel" })).toHaveAttribute("href", "/api/imports/stations/export");
  await page.goto("/staff/stations/import");

  const download = page.waitForEvent("download");
  await page.getByRole("main").getByRole("link", { name: "下载模板" }).click();
  const template = await (await download).path();

  // A point near a station the staff member's region already has, so the plausible-area check is met.
  const [near] = await query<{ code: string; lat: string; lng: string }>(
    `SELECT r.code, s.lat::text, s.lng::text FROM "User" u JOIN "Region" r ON r.id = u."regionId"
     JOIN "Region" sr ON sr.path LIKE r.path || '%' JOIN "Station" s ON s."regionId" = sr.id
     WHERE u.username = 'staff' ORDER BY s.id LIMIT 1`,
  );
  const code = `E2E-${Date.now().toString(36)}`.toUpperCase();
  const name = `导入测试联络站${Date.now().toString(36).slice(-4)}`;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const sheet = wb.getWorksheet("站点")!;
  sheet.getRow(2).values = [
    code,
    name,
    "联络站",
    "",
    near.code,
    "测试路 8 号",
    (Number(near.lng) + 0.01).toFixed(6),
    (Number(near.lat) + 0.01).toFixed(6),
    "周一至周五 9:00-17:00",
    "赵六",
    "0796-8221234",
    "",
  ];
  const file = path.join(os.tmpdir(), `${code}.xlsx`);
  await wb.xlsx.writeFile(file);

  await page.getByLabel("Excel 文件（.xlsx，最大 10 MB）").setInputFiles(file);
  await page.getByRole("button", { name: "上传并检查" }).click();
  await page.waitForURL((url) => /^\/staff\/stations\/import\/[0-9a-f-]{36}$/.test(url.pathname));
  await expect(page.getByText("新增 1 · 修改 0 · 不变 0 · 出错 0")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("cell", { name: code })).toBeVisible();
  expect(await query(`SELECT 1 FROM "Station" WHERE code = $1`, [code])).toHaveLength(0);
  await page.screenshot({ path: "test-results/station-import-preview-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/station-import-preview-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "导入完成" })).toBeVisible({
    timeout: 30_000,
  });

  // A resident (no sign-in) finds it on the public list.
  const resident = await browser.newPage();
  await resident.goto(`/stations?q=${encodeURIComponent(name)}`);
  await expect(resident.getByText(name).first()).toBeVisible();
  await resident.close();
});
