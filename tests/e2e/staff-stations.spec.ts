// Committee staff register a station in the browser: create it with its code, give it the demo station admin,
// record a star assessment; the public station page then shows the station, its level and the assessment.
// Screenshots at phone and desktop widths go to test-results/ for a person to look at.
import { expect, test } from "@playwright/test";
import { expectPath, signInAsStaff } from "./support/login";

test.describe.configure({ timeout: 120_000 });

test("staff create a station, assign its admin and rate it; the public page shows it", async ({ page }) => {
  const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
  const name = `浏览器测试联络站${code.slice(-4)}`;

  await signInAsStaff(page, "staff");
  await expectPath(page, "/staff");
  await page.goto("/staff/stations");
  await expect(page.getByRole("heading", { name: "站点管理", level: 1 })).toBeVisible();

  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "新建站点" }) });
  await form.getByLabel("编号", { exact: true }).fill(code);
  await form.getByLabel("名称", { exact: true }).fill(name);
  await form.getByLabel("类型").selectOption("STATION");
  await form.getByLabel("所在区域").selectOption({ index: 2 });
  await form.getByLabel("地址").fill("江州市测试大道 100 号");
  await form.getByLabel("纬度").fill("30.2901");
  await form.getByLabel("经度").fill("120.1602");
  await form.getByLabel("开放时间").fill("周一至周五 9:00-17:00");
  await form.getByLabel("对外联系电话").fill("0571-88880000");
  await page.screenshot({ path: "test-results/staff-stations-desktop.png", fullPage: true });
  await form.getByRole("button", { name: "新建站点" }).click();
  await expect(page.getByText("站点已创建。")).toBeVisible();

  await page.goto(`/staff/stations?q=${code}`);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  const stationPath = new URL(page.url()).pathname;
  const id = stationPath.split("/").pop();

  // The demo station admin ("station") runs this station too.
  await page.getByRole("checkbox", { name: /（station）/ }).check();
  await page.getByRole("button", { name: "保存管理员" }).click();
  await expect(page.getByText("站点管理员已更新。")).toBeVisible();

  await page.getByLabel("评定人").fill("市人大常委会代表工委");
  await page.getByLabel("评定星级").selectOption({ label: "4 星级" });
  await page.getByRole("checkbox", { name: "有场地" }).check();
  await page.getByRole("checkbox", { name: "有人员" }).check();
  await page.getByRole("checkbox", { name: "有制度" }).check();
  await page.getByRole("button", { name: "保存评定" }).click();
  await expect(page.getByText("评定记录已保存，站点星级已更新。")).toBeVisible();
  await page.reload();
  await expect(page.getByText(/4 星级 · 市人大常委会代表工委/)).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/staff-station-phone.png", fullPage: true });

  await page.goto(`/stations/${id}`);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("4 星级").first()).toBeVisible();
  await expect(page.getByText(/评为 4 星级（市人大常委会代表工委）/)).toBeVisible();
  await page.screenshot({ path: "test-results/public-station-phone.png", fullPage: true });
});

test("the public list: filters, clustered map, near me in the browser, under the JavaScript budget", async ({
  browser,
}) => {
  // A phone near the demo city's centre that allows location (the browser's prompt answered yes).
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    geolocation: { latitude: 30.29, longitude: 120.16 },
    permissions: ["geolocation"],
  });
  const page = await context.newPage();
  const scripts: Buffer[] = [];
  const pointRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/stations/points")) pointRequests.push(r.url());
  });
  page.on("response", async (r) => {
    if (r.request().resourceType() === "script") scripts.push(await r.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto("/stations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("代表联络站");
  await page.getByLabel("站点类型").selectOption("HOME");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/kind=HOME/);
  await expect(page.locator("main ul li a").first()).toBeVisible();

  await page.goto("/stations");
  // The map loads its points after the page and groups them (Leaflet.markercluster).
  await expect(page.locator(".leaflet-marker-pane, .leaflet-overlay-pane").first()).toBeAttached();
  await page.getByRole("button", { name: "使用我的位置查找" }).click();
  const near = page.locator("section", { hasText: "查找附近的站点" }).getByRole("listitem");
  await expect(near).toHaveCount(5);
  await expect(near.first()).toContainText("公里");
  // The position never leaves the browser: no request carries it.
  expect(pointRequests.every((u) => !u.includes("30.29") && !u.includes("120.16"))).toBe(true);
  await page.screenshot({ path: "test-results/public-stations-phone.png", fullPage: true });

  const { gzipSync } = await import("node:zlib");
  const gzipped = scripts.reduce((sum, b) => sum + gzipSync(b).length, 0);
  console.log(`/stations JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped in ${scripts.length} files`);
  expect(gzipped).toBeLessThan(150 * 1024);
  await context.close();
});
