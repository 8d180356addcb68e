// Open data (issue 16): from /stats a visitor opens the public list of answered items and downloads the figures
// and the list as CSV and JSON. Nothing personal and no confidential item appears, and the page stays accessible.
import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./support/axe";
import { query } from "./support/db";

test.describe.configure({ timeout: 120_000 });

test("a visitor reads the answered items and downloads the figures with their definitions", async ({ page }) => {
  const year = new Date().getFullYear();
  await page.goto(`/stats?year=${year}`);
  await page.getByRole("link", { name: "查看已答复事项" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "已答复事项" })).toBeVisible();
  const rows = page.getByTestId("answered-row");
  await expect(rows.first()).toBeVisible();
  await expectNoSeriousViolations(page);

  // The year's list as JSON: only answered, non-confidential items, with no personal field.
  const list = await (await page.request.get(`/api/open-data/answered?year=${year}&format=json`)).json();
  expect(list.items.length).toBeGreaterThan(0);
  expect(Object.keys(list.items[0]).sort()).toEqual(
    ["area", "category", "replied", "replyClass", "submitted", "title"].sort(),
  );
  const confidential = await query<{ title: string }>(
    `SELECT title FROM "Suggestion" WHERE confidential AND "repliedAt" IS NOT NULL
       AND title NOT IN (SELECT title FROM "Suggestion" WHERE NOT confidential)`,
  );
  const titles = new Set(list.items.map((i: { title: string }) => i.title));
  for (const c of confidential) expect(titles.has(c.title)).toBe(false);
  await expect(rows.first().getByRole("cell").first()).toHaveText(list.items[0].title);

  // The figures: JSON with definitions, and CSV that Excel opens as Chinese (byte-order mark) with the same total.
  const figures = await (await page.request.get(`/api/open-data/figures?year=${year}&format=json`)).json();
  expect(figures.definitions.onTimeRate.label).toBe("按时答复率");
  const csv = await page.request.get(`/api/open-data/figures?year=${year}&format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.split("\r\n")[1]).toMatch(new RegExp(`^全年,${year},${figures.totals.received},`));

  const bad = await page.request.get(`/api/open-data/figures?year=1999&format=csv`);
  expect(bad.status()).toBe(400);
});
