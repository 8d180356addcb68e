// The reception list one month at a time: narrowed by station, paged, and 新建 at the top leading to the form of
// the chosen station.
import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { signInAsStaff } from "./support/login";
import { stationOf } from "./support/reception";

const monthNow = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" }).format(new Date());

async function sessionsThisMonth(where: string, params: unknown[]) {
  const [row] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ReceptionSession" rs JOIN "Station" s ON s.id = rs."stationId"
     WHERE date_trunc('month', rs."startsAt" AT TIME ZONE 'Asia/Shanghai') = date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') AND ${where}`,
    params,
  );
  return row.n;
}

test("staff see one month's sessions a page at a time and can narrow them to a station", async ({ page }) => {
  await signInAsStaff(page, "staff");
  await page.goto("/staff/sessions");
  const rows = page.getByRole("region", { name: "接待活动列表" }).locator("tbody tr");
  await expect(page.getByLabel("月份")).toHaveValue(monthNow());
  const [{ path }] = await query<{ path: string }>(
    `SELECT r.path FROM "User" u JOIN "Region" r ON r.id = u."regionId" WHERE u.username = 'staff'`,
  );
  const total = await sessionsThisMonth(`s."regionId" IN (SELECT id FROM "Region" WHERE path LIKE $1 || '%')`, [path]);
  expect(total).toBeGreaterThan(25); // the demo city has more than a page in a month
  await expect(rows).toHaveCount(25);
  const firstPage = await rows.first().textContent();
  await page.getByRole("link", { name: /下一页/ }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(page).toHaveURL(new RegExp(`month=${monthNow()}`));
  await expect(rows.first()).not.toHaveText(firstPage!);
  await page.getByRole("link", { name: "回到第一页" }).click();
  await expect(rows.first()).toHaveText(firstPage!);

  const station = await stationOf("station");
  await page.getByLabel("联络站", { exact: true }).selectOption(String(station.id));
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`station=${station.id}`));
  const atStation = await sessionsThisMonth(`s.id = $1`, [station.id]);
  await expect(rows).toHaveCount(Math.min(atStation, 25));
  for (const name of await rows.locator("td:nth-child(2)").allTextContents()) expect(name).toBe(station.name);
  // 新建 keeps the station chosen in the list.
  await page.getByRole("link", { name: "新建接待活动" }).click();
  await expect(page.getByText(`联络站：${station.name}`)).toBeVisible();
});

test("a station admin picks the station, then schedules a session from the top of the list", async ({ page }) => {
  await signInAsStaff(page, "station");
  await page.goto("/station/sessions");
  await expect(page.locator("details")).toHaveCount(0); // no folded per-station forms any more
  await page.getByRole("link", { name: "新建接待活动" }).click();
  const station = await stationOf("station");
  // The list has a 联络站 filter too: choose only once the new page is there.
  await expect(page.getByRole("button", { name: "下一步" })).toBeVisible();
  await page.getByLabel("联络站").selectOption(String(station.id));
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page.getByText(`联络站：${station.name}`)).toBeVisible();
  const theme = `筛选测试接待${Date.now().toString(36)}`;
  await page.getByLabel("主题").fill(theme);
  const deputies = page.getByRole("group", { name: /值班代表/ }).getByRole("checkbox");
  await deputies.nth(0).check();
  await deputies.nth(1).check();
  await page.getByRole("button", { name: "保存活动" }).click();
  await expect(page.getByText("接待活动已保存。")).toBeVisible();
  const [made] = await query<{ month: string }>(
    `SELECT to_char(rs."startsAt" AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month FROM "ReceptionSession" rs WHERE theme = $1`,
    [theme],
  );
  await page.goto(`/station/sessions?station=${station.id}&month=${made.month}`);
  await expect(page.getByRole("cell", { name: theme })).toBeVisible();
});
