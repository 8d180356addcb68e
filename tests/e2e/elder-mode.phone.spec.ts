// 长辈版 on a phone: the switch in every page's header makes text at least 18 px with line spacing of at least 1.3
// and touch targets of at least 44 px, can make text larger again, is remembered across pages and visits, keeps
// the main resident pages free of serious accessibility problems, and switches back. Screenshots of both modes go
// to test-results/ for a person to look at.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./support/axe";

const RESIDENT_PAGES = ["/", "/stations", "/track", "/stats", "/login"];

/** Computed size and line spacing of the page's body text and its smallest paragraph text. */
async function textMetrics(page: Page) {
  return page.evaluate(() => {
    const px = (el: Element, prop: "fontSize" | "lineHeight") => parseFloat(getComputedStyle(el)[prop]);
    const texts = [...document.querySelectorAll("main p, main li, main label, main a, header a, header button")].filter(
      (el) => (el as HTMLElement).offsetParent !== null && el.textContent.trim() !== "",
    );
    const ratios = texts.map((el) => px(el, "lineHeight") / px(el, "fontSize")).filter((r) => !Number.isNaN(r));
    const buttons = [...document.querySelectorAll("header button, main a[class*='min-h']")].filter(
      (el) => (el as HTMLElement).offsetParent !== null,
    );
    return {
      body: px(document.body, "fontSize"),
      smallest: Math.min(...texts.map((el) => px(el, "fontSize"))),
      tightestLineSpacing: Math.min(...ratios),
      smallestTarget: Math.min(...buttons.map((el) => el.getBoundingClientRect().height)),
    };
  });
}

test("长辈版: larger text and targets, remembered, accessible, and back to standard", async ({ page }) => {
  test.slow(); // seven accessibility scans over five pages
  await page.goto("/");
  const standard = await textMetrics(page);
  expect(standard.body).toBe(16);
  await page.screenshot({ path: "test-results/home-standard-phone.png", fullPage: true });

  await page.getByRole("button", { name: "长辈版" }).click();
  await expect(page.locator("html")).toHaveClass(/\belder\b/);
  const elder = await textMetrics(page);
  expect(elder.body).toBeGreaterThanOrEqual(18);
  expect(elder.smallest).toBeGreaterThanOrEqual(18);
  expect(elder.tightestLineSpacing).toBeGreaterThanOrEqual(1.3);
  expect(elder.smallestTarget).toBeGreaterThanOrEqual(44);
  // Simpler: the staff entrance and the explanation of the loop are left out.
  await expect(page.getByRole("link", { name: "工作人员入口" })).toBeHidden();
  await page.screenshot({ path: "test-results/home-elder-phone.png", fullPage: true });

  // Remembered across pages and a new visit; every main resident page stays accessible.
  for (const path of RESIDENT_PAGES) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveClass(/\belder\b/);
    await expectNoSeriousViolations(page);
  }
  await page.screenshot({ path: "test-results/login-elder-phone.png", fullPage: true });

  // Larger again.
  await page.getByRole("button", { name: "特大字" }).click();
  await expect(page.locator("html")).toHaveClass(/\belder-xl\b/);
  await expect(page.getByRole("button", { name: "特大字" })).toHaveAttribute("aria-pressed", "true");
  expect((await textMetrics(page)).body).toBeGreaterThan(elder.body);
  await expectNoSeriousViolations(page);
  await page.goto("/stations");
  await page.screenshot({ path: "test-results/stations-elder-xl-phone.png", fullPage: true });

  await page.getByRole("button", { name: "标准版" }).click();
  await expect(page.locator("html")).not.toHaveClass(/\belder\b/);
  await page.reload();
  expect((await textMetrics(page)).body).toBe(16);
  await expect(page.getByRole("button", { name: "长辈版" })).toBeVisible();
});
