import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./accounts";

/** Signs in through the real staff sign-in page. */
export async function signInAsStaff(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login/staff");
  await page.getByLabel("账号").fill(username);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** Waits until the browser is on exactly this path (a suffix regex would also match /login/staff). */
export async function expectPath(page: Page, pathname: string) {
  await page.waitForURL((url) => url.pathname === pathname);
}

/** The page's own alert, not Next's route announcer (which also has role=alert). */
export const mainAlert = (page: Page) => page.getByRole("main").getByRole("alert");

/** Signs in a resident with the code the demo-mode sign-in page shows. */
export async function signInAsResident(page: Page, phone: string) {
  await page.goto("/login");
  await page.getByLabel("手机号").fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  const code = (await page.getByTestId("demo-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^\d{6}$/);
  await page.getByLabel("短信验证码").fill(code);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expectPath(page, "/me");
}
