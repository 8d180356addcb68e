// Paper at a station's desk (issue 16): the blank opinion form with the station's QR code, the receipt a resident
// takes home, and the assignment sheet that goes to a unit — each reached from the page where it is needed and
// each fitting one A4 page when printed. The sheet keeps a confidential proposer hidden, as the unit's page does.
import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff } from "./support/login";
import { query } from "./support/db";

test.describe.configure({ timeout: 120_000 });

/** Prints the page as Chromium would to A4 and counts the pages of the PDF. */
async function printedPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: "A4", preferCSSPageSize: true })).toString("latin1");
  return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test("a station prints a blank opinion form and, after entering it, the resident's receipt", async ({ page }) => {
  await signInAsStaff(page, "station");
  await page.getByRole("link", { name: "打印空白意见表" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "选民意见反馈表" })).toBeVisible();
  const qr = page.getByRole("img", { name: /用手机扫码/ });
  await expect(qr.locator("svg")).toBeVisible();
  // The address under the code, for typing in (the code itself marks a scan, decision 0069).
  await expect(page.getByText(/\/stations\/\d+(\?via=qr)?$/)).toBeVisible();
  await expect(page.getByText("希望保密：不公开我的姓名和电话")).toBeVisible();
  expect(await printedPages(page)).toBe(1);
  await page.screenshot({ path: "test-results/paper-opinion-form.png", fullPage: true });

  // The desk enters the paper form and prints the receipt from the item's tracking page.
  await page.goto("/station/record");
  await page.getByLabel("反映方式").selectOption({ label: "来访代录" });
  await page.getByLabel("反映人姓名").fill("王大爷");
  await page.getByLabel("标题").fill("村口路灯不亮");
  await page.getByLabel("具体内容").fill("村口两盏路灯坏了一个多月，晚上出行不便，希望尽快修好。");
  await page.getByLabel("类别").selectOption({ index: 1 });
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page).toHaveURL(/\/track\/[2-9A-Z]{8}\?new=1$/);
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();
  await page.getByRole("link", { name: "打印回执" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "意见受理回执" })).toBeVisible();
  await expect(page.getByTestId("receipt-code")).toHaveText(code);
  await expect(page.getByText("村口路灯不亮")).toBeVisible();
  await expect(page.getByRole("img", { name: /扫码或在网上输入查询码/ }).locator("svg")).toBeVisible();
  // Nothing personal on a receipt anyone with the code can print.
  await expect(page.getByText("王大爷")).toHaveCount(0);
  expect(await printedPages(page)).toBe(1);
  await page.screenshot({ path: "test-results/paper-receipt.png", fullPage: true });
});

test("staff print an assignment sheet; a confidential proposer stays hidden on it", async ({ page }) => {
  const [open] = await query<{ id: number; trackingCode: string; title: string }>(
    `SELECT s.id, s."trackingCode", s.title FROM "Suggestion" s
      WHERE s.status = 'ASSIGNED' AND NOT s.confidential AND length(s.content) < 400 ORDER BY s.id LIMIT 1`,
  );
  const [hidden] = await query<{ id: number; name: string }>(
    `SELECT s.id, COALESCE(u.name, s."proposerName") AS name FROM "Suggestion" s LEFT JOIN "User" u ON u.id = s."proposerId"
      WHERE s.status IN ('ASSIGNED', 'HANDLING') AND s.confidential AND COALESCE(u.name, s."proposerName") IS NOT NULL
      ORDER BY s.id LIMIT 1`,
  );
  await signInAsStaff(page, "staff");
  await page.goto(`/staff/suggestions/${open.id}`);
  await page.getByRole("link", { name: "打印交办单" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "交办单" })).toBeVisible();
  await expect(page.getByTestId("sheet-code")).toHaveText(open.trackingCode);
  await expect(page.getByText(open.title)).toBeVisible();
  const lead = page.getByRole("row").filter({ hasText: "主办" });
  await expect(lead).toHaveCount(1);
  await expect(lead.getByRole("cell").nth(2)).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日/); // its due date
  expect(await printedPages(page)).toBe(1);
  await page.screenshot({ path: "test-results/paper-assignment-sheet.png", fullPage: true });

  await page.goto(`/staff/suggestions/${hidden.id}/sheet`);
  await expect(page.getByText("保密（联系提出人请经代表工作机构转达）")).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(hidden.name);
});
