import { expect, test } from "@playwright/test";
import { expectPath, mainAlert, signInAsStaff } from "./support/login";
import { query } from "./support/db";

test("an admin sees the maintained 2026 calendar and enters a 2027 holiday", async ({ page }) => {
  // The test may run against a shared database: start 2027 from a clean slate (the demo data only seeds 2026).
  await query(`DELETE FROM "CalendarDay" WHERE "date" = '2027-01-01'`);
  await query(`DELETE FROM "CalendarYear" WHERE "year" = 2027`);

  await signInAsStaff(page, "admin");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto("/admin/calendar?year=2026");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "2026 年", exact: true })).toBeVisible();
  await expect(main.getByText("2026 年的节假日安排已维护")).toBeVisible();
  await expect(main.getByTestId("working-days")).toHaveText("248");
  await expect(main.getByRole("list").getByText("2026-02-14（星期六）")).toBeVisible();

  await main.getByRole("link", { name: "2027 年" }).click();
  await expect(main.getByRole("heading", { name: "2027 年", exact: true })).toBeVisible();
  await expect(main.getByText("2027 年的节假日安排尚未维护，期限按周末计算。")).toBeVisible();
  await expect(main.getByRole("button", { name: "标记 2027 年为已维护" })).toBeVisible();

  // a holiday on a weekend changes nothing and is refused
  await main.getByLabel("日期", { exact: true }).fill("2027-01-02");
  await main.getByRole("radio", { name: "放假" }).check();
  await main.getByLabel("名称", { exact: true }).fill("元旦");
  await main.getByRole("button", { name: "添加" }).click();
  await expect(main.getByText("这一天本来就是周末，不必设为放假。")).toBeVisible();
  await expect(mainAlert(page)).toHaveCount(0);

  await main.getByLabel("日期", { exact: true }).fill("2027-01-01");
  await main.getByLabel("名称", { exact: true }).fill("元旦");
  await main.getByRole("button", { name: "添加" }).click();
  await expect(main.getByRole("status").filter({ hasText: "日期已保存。" })).toBeVisible();
  const row = main.getByRole("listitem").filter({ hasText: "2027-01-01（星期五）" });
  await expect(row).toContainText("放假");
  await expect(row).toContainText("元旦");
  await expect(row.getByRole("button", { name: "删除 2027-01-01（星期五） 元旦" })).toBeVisible();
  await expect(main.getByText("这些日期在本年标记为已维护后才生效。")).toBeVisible();
  await expectPath(page, "/admin/calendar");

  await query(`DELETE FROM "CalendarDay" WHERE "date" = '2027-01-01'`);
});
