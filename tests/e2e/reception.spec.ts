import { expect, test } from "@playwright/test";
import { expectPath, signInAsStaff } from "./support/login";
import { newPage } from "./support/loop";
import { createSession, decodeQr, stationOf } from "./support/reception";
import { expectNoSeriousViolations } from "./support/axe";

test("a deputy logs a session and turns an issue into a suggestion that appears in the staff queue", async ({
  page,
  browser,
}) => {
  const station = await stationOf("deputy");
  const theme = `老旧小区改造接待${Date.now().toString(36)}`;
  await createSession(station.id, theme, -30, station.deputyId);
  const title = `建议增设社区助餐点${Date.now().toString(36).slice(-4)}`;

  await signInAsStaff(page, "deputy");
  await expectPath(page, "/deputy");
  await page.getByRole("link", { name: "我的排班" }).click();
  await page.locator("li", { hasText: theme }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(theme);

  await page.getByLabel("来访者称呼").fill("张大爷");
  await page.getByLabel("反映的问题").fill("社区没有老年助餐点，独居老人吃饭困难。");
  await page.getByLabel("现场答复").fill("已说明街道正在选址，会跟进。");
  await page.getByRole("button", { name: "保存这条记录" }).click();
  await expect(page.getByText("接待记录已保存。")).toBeVisible();

  await page.getByText("转为意见建议", { exact: true }).click();
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("类别").selectOption({ index: 1 });
  await page.getByRole("button", { name: "提交到意见建议办理" }).click();
  await expect(page.getByText("已转为意见建议，进入办理流程。")).toBeVisible();
  await expect(page.getByText("已转为意见建议", { exact: false }).locator("a")).toHaveText(/^[2-9A-Z]{8}$/);

  await page.getByLabel("小结", { exact: true }).fill("接待群众一人，反映助餐点问题，已转办。");
  await page.getByRole("button", { name: "完成接待记录" }).click();
  await expect(page.getByText("接待记录已完成，履职积分已记入。")).toBeVisible();
  await page.getByRole("link", { name: "履职积分" }).click();
  await expect(page.getByText("接待中提出建议").first()).toBeVisible();

  const staff = await newPage(browser);
  await signInAsStaff(staff, "staff");
  await staff.waitForURL((u) => !u.pathname.startsWith("/login"));
  await staff.goto("/staff/queue?source=RECEPTION");
  await expect(staff.getByRole("link", { name: title })).toBeVisible();
});

test("the station poster renders a QR code that decodes to the station's page, marked as a scan", async ({
  page,
  baseURL,
}) => {
  const station = await stationOf("station");
  await page.goto(`/stations/${station.id}/poster`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(station.name);
  const url = await decodeQr(page.getByTestId("station-qr"));
  expect(url).toBe(`${new URL(baseURL!).origin}/stations/${station.id}?via=qr`);
  await page.goto(url!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(station.name);
});

test("a deputy's public profile shows the deputy's own QR code and nothing private", async ({ page }) => {
  const station = await stationOf("deputy");
  await page.goto(`/deputies/${station.deputyId}`);
  const url = await decodeQr(page.getByRole("img", { name: /代表码/ }));
  // The code marks a scan, so what is written from it counts as 扫码 (decision 0065).
  expect(url).toMatch(new RegExp(`/deputies/${station.deputyId}\\?via=qr$`));
  await expect(page.locator("main")).not.toContainText(/1[3-9]\d{9}/);
});

test("reception pages have no serious accessibility violations", async ({ page }) => {
  const station = await stationOf("station");
  const sessionId = await createSession(station.id, `无障碍检查接待${Date.now().toString(36)}`, 48 * 60);
  const deputy = await stationOf("deputy");
  for (const path of [
    `/stations/${station.id}/sessions/${sessionId}`,
    `/stations/${station.id}/poster`,
    `/deputies/${deputy.deputyId}`,
  ]) {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  }
  await signInAsStaff(page, "station");
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  for (const path of ["/station/sessions", `/station/sessions/${sessionId}`, "/station/summary"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);
  }
});
