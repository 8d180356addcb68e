import { expect, test } from "@playwright/test";
import { expectPath } from "./support/login";

test("a resident scans a station's code, signs in, raises an issue and tracks it", async ({ page }) => {
  await page.goto("/stations");
  const stationLink = page.locator("main ul li a").first();
  const stationName = (await stationLink.textContent())!;
  await stationLink.click();
  await page.getByRole("link", { name: "在本站反映问题" }).click();

  // not signed in: the sign-in page, then straight back to the form with the station filled in
  await expect(page).toHaveURL(/\/login\?next=/);
  const phone = `134${String(Date.now()).slice(-8)}`;
  await page.getByLabel("手机号").fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await page.getByLabel("短信验证码").fill((await page.getByTestId("demo-code").textContent())!.trim());
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expectPath(page, "/suggest");
  await expect(page.getByText(`在 ${stationName} 提交`)).toBeVisible();

  // bad input first: told what is wrong, what was typed is kept
  await page.getByLabel("标题").fill("灯");
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("标题至少 4 个字。")).toBeVisible();
  await expect(page.getByText("内容至少 10 个字。")).toBeVisible();
  await expect(page.getByText("请选择类别。")).toBeVisible();
  await expect(page.getByLabel("标题")).toHaveValue("灯");

  await page.getByLabel("标题").fill("小区门口路灯一个月不亮");
  await page.getByLabel("具体内容").fill("幸福里小区东门两盏路灯坏了一个多月，晚上老人出门很不方便，希望尽快修好。");
  await page.getByLabel("类别").selectOption({ label: "城市管理" });
  await page.getByLabel("对承办单位保密我的身份").check();
  await page.getByRole("button", { name: "提交" }).click();

  await expect(page).toHaveURL(/\/track\/[2-9A-Z]{8}\?new=1$/);
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();
  await expect(page.getByTestId("stage")).toHaveText("待整理");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("小区门口路灯一个月不亮");
  // nothing personal on the public page
  await expect(page.locator("main")).not.toContainText(phone.slice(-4));

  // anyone with the code can look it up
  await page.goto("/track");
  await page.getByLabel("查询码").fill(code.toLowerCase());
  await page.getByRole("button", { name: "查询" }).click();
  await expectPath(page, `/track/${code}`);
  await expect(page.getByTestId("stage")).toHaveText("待整理");

  // and it is in the resident's own list
  await page.goto("/me");
  await expect(page.getByRole("link", { name: "小区门口路灯一个月不亮" })).toBeVisible();
});

test("an unknown tracking code is explained", async ({ page }) => {
  await page.goto("/track/ZZZZZZZZ");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("没有找到这个查询码，请核对后重试。");
});
