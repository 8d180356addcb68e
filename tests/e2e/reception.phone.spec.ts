import { expect, test } from "@playwright/test";
import { expectPath, signInAsStaff } from "./support/login";
import { newPage } from "./support/loop";
import { createSession, decodeQr, stationOf } from "./support/reception";

test("a resident on a phone finds a station, books a session, gets the code, and is checked in by the station admin", async ({
  page,
  browser,
}) => {
  const station = await stationOf("station");
  const theme = `邻里议事接待${Date.now().toString(36)}`;
  const sessionId = await createSession(station.id, theme, 30 * 60);

  // find the station by search
  await page.goto("/stations");
  await page.getByLabel("搜索站点").fill(station.name);
  await page.getByRole("button", { name: "搜索" }).click();
  await page.getByRole("link", { name: station.name, exact: true }).click();
  await expectPath(page, `/stations/${station.id}`);
  await expect(page.getByRole("link", { name: "高德地图导航" })).toHaveAttribute(
    "href",
    /uri\.amap\.com\/marker\?position=/,
  );

  // open the session and sign in with a phone to book
  await page.locator("li", { hasText: theme }).getByRole("link", { name: /预约/ }).click();
  await expectPath(page, `/stations/${station.id}/sessions/${sessionId}`);
  await page.getByRole("link", { name: "手机号登录后预约" }).click();
  const phone = `136${String(Date.now()).slice(-8)}`;
  await page.getByLabel("手机号").fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await page.getByLabel("短信验证码").fill((await page.getByTestId("demo-code").textContent())!.trim());
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expectPath(page, `/stations/${station.id}/sessions/${sessionId}`);
  await page.getByLabel("想反映的事项").fill("小区加装电梯的费用分摊");
  await page.getByRole("button", { name: "确认预约" }).click();
  await expect(page).toHaveURL(/\/me\/bookings\/[2-9A-Z]{8}$/);
  const code = (await page.getByTestId("booking-code").textContent())!.trim();
  await expect(page.getByText("已预约")).toBeVisible();
  await expect(page.getByRole("link", { name: "加入日历（.ics）" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // the booking QR code opens the station's check-in with the code filled in
  const checkInUrl = await decodeQr(page.getByRole("img", { name: `预约码 ${code} 的二维码` }));
  expect(checkInUrl).toMatch(new RegExp(`/station/sessions/${sessionId}\\?code=${code}$`));

  const admin = await newPage(browser);
  await signInAsStaff(admin, "station");
  await admin.waitForURL((u) => !u.pathname.startsWith("/login"));
  await admin.goto(new URL(checkInUrl!).pathname + new URL(checkInUrl!).search);
  await expect(admin.getByLabel("预约码")).toHaveValue(code);
  await admin.getByRole("button", { name: "签到", exact: true }).click();
  await expect(admin.getByText("已签到。")).toBeVisible();
  await expect(admin.locator("li", { hasText: code })).toContainText("已签到");

  // the resident sees it too
  await page.reload();
  await expect(page.getByText("已签到")).toBeVisible();
});
