// The auditor's view (issue 12): the auditor signs in, filters the log by action, and exports that filter; the
// file holds only that action and the export itself is on the record.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectPath, signInAsStaff } from "./support/login";
import { query } from "./support/db";

test("the auditor filters the audit log by action and exports it", async ({ page }) => {
  await signInAsStaff(page, "auditor");
  await expectPath(page, "/audit");
  await expect(page.getByTestId("audit-retention")).toContainText("180");

  await page.getByLabel("操作", { exact: true }).selectOption("auth.password");
  await page.getByRole("button", { name: "查询" }).click();
  await page.waitForURL((u) => u.searchParams.get("action") === "auth.password");
  const rows = page.getByTestId("audit-rows").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text).toContain("密码登录");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出 Excel" }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await (await download).path());
  const codes: string[] = [];
  wb.getWorksheet("清单")!.eachRow((row, n) => {
    if (n > 1) codes.push(String(row.getCell(5).value));
  });
  expect(codes.length).toBeGreaterThan(0);
  expect(new Set(codes)).toEqual(new Set(["auth.password"]));

  const audit = await query<{ result: string; detail: { filters: { action?: string } } }>(
    `SELECT result, detail FROM "AuditEvent" WHERE action = 'audit.export' ORDER BY id DESC LIMIT 1`,
  );
  expect(audit[0]).toMatchObject({ result: "SUCCESS", detail: { filters: { action: "auth.password" } } });
});
