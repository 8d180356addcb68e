import { expect, test } from "@playwright/test";
import { DEMO_RESIDENT_PHONE } from "./support/accounts";
import { mainAlert, signInAsResident } from "./support/login";

test("the demo resident signs in on a phone and sees their own bookings and suggestions", async ({ page }) => {
  await signInAsResident(page, DEMO_RESIDENT_PHONE);
  await expect(page.getByRole("heading", { name: "我的预约" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "我反映的事项" })).toBeVisible();
  // the demo resident has items in several stages
  await expect(page.locator("main li").first()).toBeVisible();
  // a resident may not open staff areas
  await page.goto("/staff");
  await expect(mainAlert(page)).toContainText("无权访问");
});

test("the station list and a station page work on a phone", async ({ page }) => {
  await page.goto("/stations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("代表联络站");
  const first = page.locator("main ul li a").first();
  const name = (await first.textContent())!;
  await page.getByLabel("搜索站点").fill(name.slice(0, 4));
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page.getByRole("link", { name })).toBeVisible();
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/stations\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("开放时间")).toBeVisible();
  // nothing overflows the phone's width
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
