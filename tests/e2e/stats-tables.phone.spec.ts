// /stats on a phone: its tables scroll sideways inside a named region that says so and that the keyboard
// reaches, and the page passes axe.
import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./support/axe";

test("the public figures' tables scroll visibly and by keyboard on a phone", async ({ page }) => {
  await page.goto("/stats");
  const region = page
    .getByRole("region")
    .filter({ has: page.locator("table") })
    .first();
  await expect(region).toHaveAttribute("tabindex", "0");
  await expect(region).toHaveAttribute("aria-label", /.+/);
  await expect(page.getByText("← 表格可左右滑动查看全部 →").first()).toBeVisible();
  const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth);
  if (!fits) {
    await region.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  }
  // the page itself does not scroll sideways
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expectNoSeriousViolations(page);
});
