import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./accounts";
import { codeFor, freshCodeFor } from "./totp";

/** Signs in through the real staff sign-in page, and through the second factor when the password is right:
 *  a demo account types the code shown under 演示; an account made during the test enrols (reading the key from
 *  the page, like typing it into an authenticator) or, once enrolled, types a code computed from its secret.
 *  Ends on the page the portal sends it to, or on the sign-in page with its refusal. */
export async function signInAsStaff(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login/staff");
  await page.getByLabel("账号").fill(username);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await mainAlert(page).or(secondFactorHeading(page)).first().waitFor();
  if (new URL(page.url()).pathname === "/login/second-factor") await passSecondFactor(page, username);
}

const secondFactorHeading = (page: Page) => page.getByRole("heading", { level: 1, name: /^(两步验证|设置两步验证)$/ });

/** On /login/second-factor: enrol or verify, then wait until the portal moves on. Returns the recovery codes
 *  when it enrolled. */
export async function passSecondFactor(page: Page, username: string): Promise<string[] | undefined> {
  await secondFactorHeading(page).waitFor();
  await page.waitForLoadState("networkidle"); // the form's script, so the code is not posted without it
  let recoveryCodes: string[] | undefined;
  if (await page.getByRole("heading", { level: 1, name: "设置两步验证" }).isVisible()) {
    const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
    await page.getByLabel("验证码", { exact: true }).fill(codeFor(secret));
    await page.getByRole("button", { name: "完成设置" }).click();
    await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
    recoveryCodes = (await page.getByTestId("recovery-codes").getByRole("listitem").allTextContents()).map((c) =>
      c.trim(),
    );
    expect(recoveryCodes).toHaveLength(10);
    await page.getByRole("link", { name: "我已保存，继续" }).click();
  } else {
    const demo = page.getByTestId("demo-totp");
    const code = (await demo.isVisible()) ? (await demo.textContent())!.trim() : await freshCodeFor(username);
    await page.getByLabel("验证码", { exact: true }).fill(code);
    await page.getByRole("button", { name: "验证", exact: true }).click();
  }
  await page.waitForURL((url) => url.pathname !== "/login/second-factor" && url.pathname !== "/go");
  return recoveryCodes;
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
