// 督办 in the browser: an overdue item is urged by the job runner, staff see the urge and open a 领衔督办 case,
// and the leader finds it in their own area and adds an instruction.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import PgBoss from "pg-boss";
import { query } from "./support/db";
import { act, newPage, staffSignsIn } from "./support/loop";

test.describe.configure({ timeout: 120_000 });

/** An item the lead unit is handling, in the demo staff's region, with no supervision yet; its deadline moved three days back. */
async function overdueItem(): Promise<{ id: number; title: string }> {
  const [item] = await query<{ id: number; title: string }>(`
    SELECT s.id, s.title FROM "Suggestion" s
    JOIN "Region" r ON r.id = s."regionId"
    JOIN "User" u ON u.username = 'staff' JOIN "Region" ur ON ur.id = u."regionId"
    WHERE s.status = 'HANDLING' AND r.path LIKE ur.path || '%'
      AND EXISTS (SELECT 1 FROM "Assignment" a WHERE a."suggestionId" = s.id AND a.round = s.round AND a.role = 'LEAD' AND a.status = 'ACCEPTED')
      AND NOT EXISTS (SELECT 1 FROM "SupervisionCase" c WHERE c."suggestionId" = s.id)
      AND NOT EXISTS (SELECT 1 FROM "Urge" g WHERE g."suggestionId" = s.id)
    ORDER BY s.id LIMIT 1`);
  expect(item, "the demo data has an item being handled").toBeTruthy();
  // Due three days ago: urged today (the first working day after it has passed), escalated only after five.
  await query(
    `UPDATE "Assignment" a SET "dueAt" = now() - interval '3 days' FROM "Suggestion" s
               WHERE s.id = $1 AND a."suggestionId" = s.id AND a.round = s.round AND a.status IN ('PENDING', 'ACCEPTED')`,
    [item.id],
  );
  return item;
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Runs the daily supervision job now, as `npm run job -- supervision.deadlines` or the schedule would. */
async function runSupervisionJob() {
  const boss = new PgBoss({
    connectionString: process.env.DATABASE_URL,
    schema: "pgboss",
    supervise: false,
    schedule: false,
    migrate: false,
  });
  await boss.start();
  try {
    await boss.send("supervision.deadlines", {});
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

test("staff see the automatic urge on an overdue item, open a 领衔督办 case, and the leader adds an instruction", async ({
  browser,
}) => {
  const item = await overdueItem();
  await runSupervisionJob();
  await expect
    .poll(
      async () => (await query(`SELECT id FROM "Urge" WHERE "suggestionId" = $1 AND automatic`, [item.id])).length,
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);

  const staff = await newPage(browser);
  await staffSignsIn(staff, "staff");
  await staff.goto(`/staff/suggestions/${item.id}`);
  const panel = staff.getByRole("complementary");
  await expect(panel.getByTestId("urges")).toContainText("自动催办");

  const [leader] = await query<{ id: number; name: string }>(`SELECT id, name FROM "User" WHERE username = 'leader'`);
  await panel.getByRole("radio", { name: "领导领衔督办" }).check();
  await panel.getByLabel("领衔领导").selectOption(String(leader.id));
  await panel.getByLabel("督办事由").fill("逾期未答复，群众反映强烈，请领导领衔督办。");
  await act(staff, "立案督办", "督办案件已建立。");
  await expect(panel.getByRole("link", { name: new RegExp(`领导领衔督办（${leader.name}）`) })).toBeVisible();
  await expectNoSeriousViolations(staff);

  const lead = await newPage(browser);
  await staffSignsIn(lead, "leader");
  await lead.goto("/leader/supervision");
  await lead.getByRole("link", { name: item.title }).click();
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText("领导领衔督办案件");
  await lead.getByRole("complementary").getByLabel("意见内容").fill("请承办单位一周内拿出解决方案并向提出人反馈。");
  await act(lead, "添加", "已添加督办意见。");
  await expect(lead.getByText("请承办单位一周内拿出解决方案并向提出人反馈。")).toBeVisible();
  // The leader instructs; only staff change or close the case.
  await expect(lead.getByRole("button", { name: "办结" })).toHaveCount(0);
  await expectNoSeriousViolations(lead);
});
