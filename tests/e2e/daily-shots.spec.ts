// Screenshots of the pages issue 16's daily-experience work changed, at desktop and phone widths, for a person to
// look at (written to SHOTS_DIR when it is set; otherwise the pages are only opened).
import { test, type Page } from "@playwright/test";
import { query } from "./support/db";
import { signInAsStaff } from "./support/login";

const dir = process.env.SHOTS_DIR;
async function shoot(page: Page, name: string) {
  for (const [w, h, tag] of [
    [1280, 800, "desktop"],
    [390, 844, "phone"],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    if (dir) await page.screenshot({ path: `${dir}/${name}-${tag}.png`, fullPage: true });
  }
}

test("staff pages", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsStaff(page, "staff");
  await page.goto("/staff/sessions");
  await shoot(page, "staff-sessions");
  await page.goto("/staff/sessions/new");
  await shoot(page, "staff-sessions-new");
  await page.goto("/staff/queue?stage=open&due=overdue");
  const href = await page.locator("main tbody a").first().getAttribute("href");
  await page.goto(href!);
  await shoot(page, "staff-item");
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("/staff/dashboard");
  if (dir) await page.screenshot({ path: `${dir}/dashboard-1366.png`, fullPage: true });
});

test("unit pages", async ({ page }) => {
  await signInAsStaff(page, "unit");
  await page.goto("/unit");
  await shoot(page, "unit-home");
  const [item] = await query<{ id: number }>(
    `SELECT s.id FROM "Suggestion" s JOIN "Assignment" a ON a."suggestionId" = s.id AND a.round = s.round
     JOIN "User" u ON u."unitId" = a."unitId" AND u.username = 'unit'
     WHERE s.status IN ('ASSIGNED','HANDLING') AND NOT s.confidential ORDER BY s."dueAt" LIMIT 1`,
  );
  await page.goto(`/unit/suggestions/${item.id}`);
  await shoot(page, "unit-item");
});

test("public pages", async ({ page }) => {
  await page.goto("/stats");
  await shoot(page, "stats");
});
