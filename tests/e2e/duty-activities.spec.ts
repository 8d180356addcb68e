// Issue 15, duty beyond receptions, in the browser: staff record a 视察 with three deputies and mark them present,
// publish the quarter, and the deputy's public page shows the points; a resident rates a deputy's 述职 once.
import { expect, test } from "@playwright/test";
import { expectPath, signInAsResident, signInAsStaff } from "./support/login";
import { newPage } from "./support/loop";
import { query } from "./support/db";

// Several pages and a publication in one test, on a shared machine.
test.describe.configure({ timeout: 240_000 });

/** Three deputies elected in the demo staff member's region (their points are published with the region's). */
async function regionDeputies() {
  return query<{ id: number; name: string }>(
    `SELECT d.id, d.name FROM "Deputy" d
     WHERE d.active AND EXISTS (
       SELECT 1 FROM "DeputyMandate" m JOIN "Region" r ON r.id = m."regionId"
       WHERE m."deputyId" = d.id
         AND r.path LIKE (SELECT rr.path FROM "User" u JOIN "Region" rr ON rr.id = u."regionId" WHERE u.username = 'staff') || '%')
     ORDER BY d.id LIMIT 3`,
  );
}

test("staff record a 视察 with three deputies, publish the quarter, and the public page shows the points", async ({
  page,
}) => {
  const deputies = await regionDeputies();
  expect(deputies).toHaveLength(3);
  const [{ points }] = await query<{ points: number }>(
    `SELECT points FROM "DutyPointRule" WHERE code = 'INSPECTION_REPORT'`,
  );
  const theme = `污水处理设施运行情况视察${Date.now().toString(36)}`;

  await signInAsStaff(page, "staff");
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  await page.goto("/staff/activities");
  await page.getByLabel("活动类别").selectOption({ label: "视察" });
  // A quarter long past, with no other points in the demo data: its published total is this 视察's alone.
  await page.getByLabel("开始时间").fill("2025-02-10T09:00");
  await page.getByLabel("结束时间").fill("2025-02-10T11:30");
  await page.getByLabel("地点").fill("城东污水处理厂");
  await page.getByLabel("主题").fill(theme);
  for (const d of deputies) await page.locator(`input[name="deputyIds"][value="${d.id}"]`).check();
  await page.getByRole("button", { name: "保存并打开活动" }).click();
  await page.waitForURL(/\/staff\/activities\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(theme);

  const attendance = page.getByRole("group", { name: "出席情况" });
  for (const d of deputies) await attendance.getByRole("checkbox", { name: d.name, exact: true }).check();
  await page.getByRole("button", { name: "保存出席情况" }).click();
  await expect(page.getByText("出席情况已保存，积分已按规则更新。")).toBeVisible();
  // Saved again: the ledger's key keeps it at one credit per deputy.
  await page.getByRole("button", { name: "保存出席情况" }).click();
  await expect(page.getByText("出席情况已保存，积分已按规则更新。")).toBeVisible();
  const activityId = Number(new URL(page.url()).pathname.split("/").at(-1));
  const credits = await query<{ deputyId: number }>(
    `SELECT "deputyId" FROM "DutyPointEntry" WHERE "sourceType" = 'DutyActivity' AND "sourceId" = $1`,
    [String(activityId)],
  );
  expect(credits.map((c) => c.deputyId).sort((a, b) => a - b)).toEqual(deputies.map((d) => d.id));

  await page.goto("/staff/deputies");
  await page.getByLabel("年份").fill("2025");
  await page.getByRole("radio", { name: "第一季度" }).check();
  await page.getByRole("button", { name: "公示", exact: true }).click();
  await expect(page.getByText("本季度积分已公示。")).toBeVisible();

  const visitor = await newPage(page.context().browser()!, true);
  await visitor.goto(`/deputies/${deputies[1].id}`);
  const published = visitor.locator("section", {
    has: visitor.getByRole("heading", { name: "履职积分（已公示）" }),
  });
  await expect(published.getByRole("listitem").filter({ hasText: "2025年第一季度" })).toContainText(`${points} 分`);
  await expect(visitor.getByText(theme)).toBeVisible();
});

test("a resident who attended a deputy's 述职 rates it once from the deputy's page", async ({ browser }) => {
  const [deputy] = await regionDeputies();
  const theme = `向选民述职${Date.now().toString(36)}`;
  const [{ id }] = await query<{ id: number }>(
    `INSERT INTO "DutyActivity" ("kind","regionId","startsAt","endsAt","place","theme","ratingClosesAt","updatedAt")
     SELECT 'REPORT_TO_VOTERS', m."regionId", now() - interval '3 hours', now() - interval '1 hour', '社区活动中心', $2,
            now() + interval '7 days', now()
     FROM "DeputyMandate" m WHERE m."deputyId" = $1 LIMIT 1 RETURNING id`,
    [deputy.id, theme],
  );
  await query(`INSERT INTO "DutyActivityDeputy" ("activityId","deputyId","attended") VALUES ($1, $2, true)`, [
    id,
    deputy.id,
  ]);

  const page = await newPage(browser, true);
  await signInAsResident(page, `139${String(Date.now()).slice(-8)}`);
  await page.goto(`/deputies/${deputy.id}`);
  await page
    .getByRole("listitem")
    .filter({ hasText: theme })
    .getByRole("link", { name: "参加了这次述职？去评价" })
    .click();
  await expectPath(page, `/activities/${id}/rate`);
  await page.getByLabel("您的评价").selectOption({ label: "满意" });
  await page.getByRole("button", { name: "提交评价" }).click();
  await expect(page.getByText("您已评价：满意。谢谢！")).toBeVisible();

  await page.goto(`/deputies/${deputy.id}`);
  const ratings = page.locator("section", { has: page.getByRole("heading", { name: "述职评议" }) });
  await expect(ratings.getByRole("listitem").filter({ hasText: theme })).toContainText(
    "满意 1 · 基本满意 0 · 不满意 0",
  );
  expect(await query(`SELECT 1 FROM "VoterReportRating" WHERE "activityId" = $1`, [id])).toHaveLength(1);
});
