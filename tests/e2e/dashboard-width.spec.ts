// The dashboard's breakdowns fit their cards on a 1366 px screen: nothing is cut off or hidden to the side.
import { expect, test } from "@playwright/test";
import { signInAsStaff } from "./support/login";

test.use({ viewport: { width: 1366, height: 768 } });

test("dashboard breakdowns fit their cards at 1366 px", async ({ page }) => {
  await signInAsStaff(page, "staff");
  await page.goto("/staff/dashboard");
  const regions = page.locator("main [role=region]").filter({ has: page.locator("table") });
  await expect(regions.first()).toBeVisible();
  for (const region of await regions.all()) {
    const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  }
});
