// Staff find an item by its tracking code and by the proposer's phone, then assign 50 items in one step (集中交办)
// with each item's due date shown in the preview.
import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_RESIDENT_PHONE } from "./support/accounts";
import { phoneHmac, query } from "./support/db";
import { staffSignsIn } from "./support/loop";

const shot = (page: Page, name: string) =>
  page.screenshot({
    path: path.join(process.env.SCREENSHOT_DIR ?? test.info().outputPath(), `${name}.png`),
    fullPage: true,
  });

/** 50 new items in the demo staff member's area, raised by the demo resident: more than the demo data has waiting. */
async function fiftyItems(tag: string) {
  const [where] = await query<{ regionId: number }>(`SELECT "regionId" FROM "User" WHERE username = 'staff'`);
  const [category] = await query<{ id: number }>(`SELECT id FROM "Category" ORDER BY id LIMIT 1`);
  const [resident] = await query<{ id: number }>(`SELECT id FROM "User" WHERE "phoneHmac" = $1`, [
    phoneHmac(DEMO_RESIDENT_PHONE),
  ]);
  const codes = Array.from({ length: 50 }, (_, i) => `Z${tag}${String(i).padStart(2, "0")}`);
  await query(
    `INSERT INTO "Suggestion" ("trackingCode", kind, source, status, title, content, "categoryId", "regionId", "proposerId",
       "submittedAt", "updatedAt")
     SELECT code, 'OPINION', 'ONLINE', 'SUBMITTED', '集中交办测试' || $2 || '号' || ord, '会上集中交办的意见。', $3, $4, $5,
       now() - ord * interval '1 second', now()
     FROM unnest($1::text[]) WITH ORDINALITY AS t(code, ord)`,
    [codes, tag, category.id, where.regionId, resident.id],
  );
  return codes;
}

test("staff find items by tracking code and by phone, and assign 50 at once with due dates", async ({ page }) => {
  test.setTimeout(900_000);
  const tag = randomUUID().replace(/-/g, "").slice(0, 5).toUpperCase();
  const codes = await fiftyItems(tag);
  await staffSignsIn(page, "staff");

  // A tracking code opens the item at once.
  await page.goto("/staff/queue");
  await page.getByRole("searchbox", { name: "搜索" }).fill(codes[7]);
  await page.getByRole("search").getByRole("button", { name: "搜索" }).click();
  await page.waitForURL(/\/staff\/suggestions\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`集中交办测试${tag}号8`);

  // A phone number lists that resident's items (newest first: ours).
  await page.goto("/staff/queue");
  await page.getByRole("searchbox", { name: "搜索" }).fill(DEMO_RESIDENT_PHONE);
  await page.getByRole("search").getByRole("button", { name: "搜索" }).click();
  await expect(page.getByRole("main").getByRole("table").getByText(codes[0], { exact: true })).toBeVisible();
  const [audit] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'pii.search' AND "occurredAt" > now() - interval '5 minutes'`,
  );
  expect(audit.n).toBeGreaterThan(0);

  // Words find the 50; "all matching" takes them to the preview.
  await page.goto("/staff/queue");
  await page.getByRole("searchbox", { name: "搜索" }).fill(`集中交办测试${tag}`);
  await page.getByRole("search").getByRole("button", { name: "搜索" }).click();
  await page.getByRole("checkbox", { name: `选择 ${codes[0]}` }).check();
  await page.getByRole("checkbox", { name: `选择 ${codes[1]}` }).check();
  for (const width of [1280, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    await shot(page, `queue-search-selection-${width}`);
  }
  await page.getByRole("checkbox", { name: /当前筛选的全部事项/ }).check();
  await page.getByRole("button", { name: "预览" }).click();
  await page.waitForURL(/\/staff\/queue\/batch/);

  const [lead, co] = await query<{ name: string }>(`SELECT name FROM "HandlingUnit" WHERE active ORDER BY id LIMIT 2`);
  await page.getByLabel("主办单位").selectOption({ label: lead.name });
  await page.getByRole("checkbox", { name: co.name }).check();
  await page.getByRole("button", { name: "按所选单位预览" }).click();
  const table = page.getByRole("table", { name: "将要处理的事项" });
  await expect(table.locator("tbody tr")).toHaveCount(50);
  // Every row shows its statutory due date (15 working days for a resident's opinion).
  const dues = await table.locator("tbody tr td:nth-child(5)").allInnerTexts();
  expect(dues.every((d) => /^\d{4}\/\d{2}\/\d{2}$/.test(d.trim()))).toBe(true);
  await expect(page.getByText(`将把 50 件事项交办给 ${lead.name}（协办：${co.name}）。`)).toBeVisible();
  for (const width of [1280, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    await shot(page, `batch-preview-${width}`);
  }

  await page.getByRole("button", { name: "确认交办 50 件" }).click();
  await expect(page.getByText("已处理 50 件；0 件未能处理。")).toBeVisible({ timeout: 600_000 });
  for (const width of [1280, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    await shot(page, `batch-result-${width}`);
  }
  const moved = await query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM "Suggestion" WHERE "trackingCode" = ANY($1) GROUP BY status`,
    [codes],
  );
  expect(moved).toEqual([{ status: "ASSIGNED", n: 50 }]);
});
