import { expect, test } from "@playwright/test";
import { STAFF_ACCOUNTS } from "./support/accounts";
import { expectPath, signInAsResident, signInAsStaff } from "./support/login";

import { expectNoSeriousViolations } from "./support/axe";

test("public pages have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/", "/stations", "/stats", "/stats/answered", "/login", "/login/staff", "/no-such-page"]) {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  }
  await page.goto("/stations");
  await page.locator("main ul li a").first().click();
  await expect(page).toHaveURL(/\/stations\/\d+$/);
  await expectNoSeriousViolations(page);
});

test("the sign-in form with errors showing has no serious accessibility violations", async ({ page }) => {
  await page.goto("/login/staff");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("请输入账号。")).toBeVisible();
  await expectNoSeriousViolations(page);
});

for (const account of STAFF_ACCOUNTS) {
  test(`the ${account.username} area has no serious accessibility violations`, async ({ page }) => {
    await signInAsStaff(page, account.username);
    await expectPath(page, account.home);
    await expectNoSeriousViolations(page);
  });
}

test("the resident area has no serious accessibility violations", async ({ page }) => {
  // a fresh resident (the demo resident's codes are limited to one a minute, and another test uses it)
  await signInAsResident(page, `135${String(Date.now()).slice(-8)}`);
  await expectNoSeriousViolations(page);
});
