// Deputies in reach (issue 15) on a phone: an opinion started from a station's QR poster keeps its channel (扫码提交),
// and a resident finds the deputies of every level elected where they live.
import { expect, test } from "@playwright/test";
import { expectPath, signInAsStaff } from "./support/login";
import { newPage } from "./support/loop";
import { decodeQr, stationOf } from "./support/reception";
import { query } from "./support/db";

test("a resident scans a station's QR poster, raises an issue, and it arrives as a QR submission", async ({
  page,
  browser,
}) => {
  const station = await stationOf("station");
  await page.goto(`/stations/${station.id}/poster`);
  const url = await decodeQr(page.getByTestId("station-qr"));
  await page.goto(url!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(station.name);
  await page.getByRole("link", { name: "在本站反映问题" }).click();

  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel("手机号").fill(`135${String(Date.now()).slice(-8)}`);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await page.getByLabel("短信验证码").fill((await page.getByTestId("demo-code").textContent())!.trim());
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expectPath(page, "/suggest");
  await expect(page.getByText(`在 ${station.name} 提交`)).toBeVisible();

  const title = `扫码反映楼道堆物${Date.now().toString(36).slice(-4)}`;
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("具体内容").fill("三号楼楼道里堆满杂物，消防通道被堵，希望物业尽快清理。");
  await page.getByLabel("类别").selectOption({ index: 1 });
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page).toHaveURL(/\/track\/[2-9A-Z]{8}\?new=1$/);
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();
  const [row] = await query<{ source: string }>(`SELECT source FROM "Suggestion" WHERE "trackingCode" = $1`, [code]);
  expect(row.source).toBe("QR");

  // Staff see it under the QR channel.
  const staff = await newPage(browser);
  await signInAsStaff(staff, "staff");
  await staff.waitForURL((u) => !u.pathname.startsWith("/login"));
  await staff.goto("/staff/queue?source=QR");
  await staff.getByRole("link", { name: title }).click();
  await expect(staff.getByText(/扫码提交/).first()).toBeVisible();
});

test("a resident picks their district and street and sees the deputies of every level elected there", async ({
  page,
}) => {
  // A street with township deputies, in a district that has stations (so the area picker offers it).
  const [place] = await query<{ town: number; townName: string; district: number; deputyId: number; name: string }>(
    `SELECT t.id AS town, t.name AS "townName", t."parentId" AS district, d.id AS "deputyId", d.name
     FROM "DeputyMandate" m JOIN "Region" t ON t.id = m."regionId" AND t.level = 'TOWNSHIP'
     JOIN "Deputy" d ON d.id = m."deputyId" AND d.active
     JOIN "Region" dr ON dr.id = t."parentId"
     WHERE m.level = 'TOWNSHIP'
       AND EXISTS (SELECT 1 FROM "Station" s JOIN "Region" sr ON sr.id = s."regionId" WHERE s.active AND sr.path LIKE dr.path || '%')
     ORDER BY m.id LIMIT 1`,
  );
  await page.goto("/");
  await page.getByRole("link", { name: "找我的代表" }).last().click();
  await expectPath(page, "/deputies");
  await page.getByLabel("所在区县").selectOption(String(place.district));
  await page.getByRole("button", { name: "查看代表" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /选出的人大代表$/ })).toBeVisible();
  await expect(page.getByText("区县人大代表 ·")).toBeVisible();

  await page.getByLabel("所在街道（乡镇）").selectOption(String(place.town));
  await page.getByRole("button", { name: "查看代表" }).click();
  await expect(page.getByRole("heading", { level: 2, name: `在${place.townName}选出的人大代表` })).toBeVisible();
  for (const level of ["乡镇人大代表", "区县人大代表", "市人大代表", "省人大代表", "全国人大代表"])
    await expect(page.getByRole("heading", { name: new RegExp(`^${level} · \\d+名$`) })).toBeVisible();
  // Nothing runs off the side of a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );

  await page.getByTestId("deputies-TOWNSHIP").getByRole("link", { name: place.name }).first().click();
  await expectPath(page, `/deputies/${place.deputyId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(place.name);
});
