// A leader reads the dashboard, follows a red number to the items behind it, exports that list, and the
// downloaded workbook holds exactly the rows the page listed (issue 5).
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { signInAsStaff } from "./support/login";
import { query } from "./support/db";

/** Every tracking code in the list, following "next page" to the end. */
async function listedCodes(page: Page): Promise<string[]> {
  const codes: string[] = [];
  for (;;) {
    const list = page.getByRole("main").getByRole("table");
    codes.push(...(await list.locator("tbody tr td:first-child").allInnerTexts()).map((s) => s.trim()));
    const next = page.getByRole("link", { name: /下一页/ });
    if ((await next.count()) === 0) return codes;
    await next.click();
    await page.waitForLoadState("load");
  }
}

test("a leader drills from a red number to its list and exports the same rows", async ({ page }) => {
  await signInAsStaff(page, "leader");
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  await page.goto("/leader");
  await expect(page.getByRole("heading", { level: 1, name: "数据看板" })).toBeVisible();
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations,
  ).toEqual([]);

  // the charts are drawn in the browser, with the numbers of the links beside them
  for (const [chart, measure] of [
    ["提出人评价", "满意"],
    ["答复类别", "A类"],
  ]) {
    const svg = page.getByRole("figure", { name: new RegExp(`^${chart}`) }).locator("svg");
    await expect(svg).toBeVisible();
    const count = await page
      .getByRole("link", { name: new RegExp(`^${measure} \\d+ 项，查看清单$`) })
      .first()
      .innerText();
    expect(await svg.locator("text").allTextContents(), chart).toContain(count);
  }

  // the red number: overdue items in the overview
  const red = page.getByRole("link", { name: /^逾期未办 \d+ 项，查看清单$/ });
  await expect(red).toHaveAttribute("data-alert", "true");
  const shown = Number(await red.innerText());
  expect(shown).toBeGreaterThan(0);
  await red.click();
  await expect(page).toHaveURL(/\/leader\/items\?.*measure=overdue/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`逾期未办：${shown} 项`);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出清单（Excel）" }).click();
  const file = await (await download).path();
  const codes = await listedCodes(page);
  expect(codes).toHaveLength(shown);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet("清单")!;
  expect(sheet.getRow(1).getCell(1).value).toBe("编号");
  const exported: string[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) exported.push(String(row.getCell(1).value));
  });
  expect(exported).toEqual(codes);

  // the export left an audit record naming the list and its size
  const audit = await query<{ detail: { rows: number } }>(
    `SELECT detail FROM "AuditEvent" WHERE action = 'insight.export' AND "targetId" = 'overdue' ORDER BY id DESC LIMIT 1`,
  );
  expect(audit[0]?.detail.rows).toBe(shown);
});

test("a number in a breakdown table opens the list of that row and measure", async ({ page }) => {
  await signInAsStaff(page, "leader");
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  await page.goto("/leader");
  // the category table's first row, its "received" column (the row and column headers are the link's context)
  const table = page.getByRole("table", { name: "按类别" });
  const row = table.locator("tbody tr").first();
  const category = (await row.getByRole("rowheader").innerText()).trim();
  const column = (await table.locator("thead th").allInnerTexts()).map((s) => s.trim()).indexOf("收件");
  const link = row
    .locator("td")
    .nth(column - 1)
    .getByRole("link");
  const shown = Number((await link.innerText()).replace(/,/g, ""));
  expect(shown).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(/\/leader\/items\?.*category=\d+.*measure=received/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`收件：${shown} 项`);
  await expect(page.getByRole("main")).toContainText(category);
});

test("the public figures need no sign-in and show no names of people", async ({ page }) => {
  await page.goto("/stats");
  await expect(page.getByRole("heading", { level: 1, name: "公开数据" })).toBeVisible();
  await expect(page.getByText("按时答复率").first()).toBeVisible();
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations,
  ).toEqual([]);
  // no deputy, proposer or staff names: the demo deputy and leader accounts' names must not appear
  const names = await query<{ name: string }>(
    `SELECT name FROM "User" WHERE username IN ('deputy', 'leader', 'staff') OR role = 'RESIDENT' LIMIT 20`,
  );
  const text = await page.getByRole("main").innerText();
  for (const { name } of names) expect(text).not.toContain(name);
});
