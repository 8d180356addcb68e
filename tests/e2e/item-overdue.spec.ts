// An overdue item says 逾期 on its own page (staff, unit, public tracking), and staff move from one item of a
// filtered queue to the next without going back to the list.
import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { signInAsStaff } from "./support/login";

const OPEN = `s.status NOT IN ('CLOSED','DECLINED','MERGED')`;

test("an overdue item carries 逾期 on the staff page and on its tracking page", async ({ page }) => {
  const [item] = await query<{ id: number; trackingCode: string }>(
    `SELECT s.id, s."trackingCode" FROM "Suggestion" s JOIN "Region" r ON r.id = s."regionId"
     WHERE ${OPEN} AND s."dueAt" < now() - interval '2 days'
       AND r.path LIKE (SELECT r2.path FROM "User" u JOIN "Region" r2 ON r2.id = u."regionId" WHERE u.username = 'staff') || '%'
     ORDER BY s.id LIMIT 1`,
  );
  await signInAsStaff(page, "staff");
  await page.goto(`/staff/suggestions/${item.id}`);
  await expect(page.getByTestId("deadline-light")).toContainText("逾期");
  await page.goto(`/track/${item.trackingCode}`);
  await expect(page.getByTestId("deadline-light")).toContainText("逾期");
});

test("the unit sees 逾期 on its own overdue item", async ({ page }) => {
  const [item] = await query<{ id: number }>(
    `SELECT s.id FROM "Suggestion" s JOIN "Assignment" a ON a."suggestionId" = s.id AND a.round = s.round
     JOIN "User" u ON u."unitId" = a."unitId" AND u.username = 'unit'
     WHERE ${OPEN} AND s."dueAt" < now() - interval '2 days' ORDER BY s.id LIMIT 1`,
  );
  await signInAsStaff(page, "unit");
  await page.goto(`/unit/suggestions/${item.id}`);
  await expect(page.getByTestId("deadline-light")).toContainText("逾期");
});

test("staff go to the next item of the filtered queue", async ({ page }) => {
  await signInAsStaff(page, "staff");
  await page.goto("/staff/queue?stage=open&due=overdue");
  const links = page
    .getByRole("region", { name: /列表|事项/ })
    .or(page.locator("main"))
    .locator("tbody a");
  const first = await links.nth(0).getAttribute("href");
  const second = await links.nth(1).getAttribute("href");
  expect(first).toMatch(/^\/staff\/suggestions\/\d+\?list=queue&stage=open&due=overdue$/);
  await page.goto(first!);
  await expect(page.getByTestId("deadline-light")).toContainText("逾期");
  await page.getByRole("link", { name: "下一条 →" }).click();
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === second);
  await expect(page.getByTestId("deadline-light")).toContainText("逾期");
  await page.getByRole("link", { name: "← 返回列表" }).click();
  await expect(page).toHaveURL(/\/staff\/queue\?stage=open&due=overdue$/);
});
