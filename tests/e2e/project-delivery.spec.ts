import sharp from "sharp";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { query } from "./support/db";
import { signInAsStaff } from "./support/login";

/** A decided round of the demo deputy's congress: three candidates, the first two decided, the demo unit's. */
async function decidedRound(title: string) {
  const [m] = await query<{ deputyId: number; level: string; term: number; regionId: number; name: string }>(
    `SELECT m."deputyId", m.level::text, m.term, m."regionId", d.name FROM "User" u
     JOIN "DeputyMandate" m ON m."deputyId" = u."deputyId" JOIN "Deputy" d ON d.id = u."deputyId"
     WHERE u.username = 'deputy' ORDER BY m.id LIMIT 1`,
  );
  const [unit] = await query<{ id: number; name: string }>(
    `SELECT h.id, h.name FROM "User" u JOIN "HandlingUnit" h ON h.id = u."unitId" WHERE u.username = 'unit'`,
  );
  const [staff] = await query<{ id: number }>(`SELECT id FROM "User" WHERE username = 'staff'`);
  const [round] = await query<{ id: number }>(
    `INSERT INTO "ProjectRound" ("regionId", level, term, year, title, "collectFrom", "collectUntil", places, dimensions, "createdById")
     VALUES ($1, $2::"DeputyLevel", $3, 2027, $4, CURRENT_DATE - 60, CURRENT_DATE - 40, 2, ARRAY['进度','质量'], $5) RETURNING id`,
    [m.regionId, m.level, m.term, title, staff.id],
  );
  const names = ["新建社区养老服务中心", "老旧小区雨污分流改造", "中小学校门口护学通道"];
  const ids: number[] = [];
  for (const name of names) {
    const [c] = await query<{ id: number }>(
      `INSERT INTO "ProjectCandidate" ("roundId", title, description, "unitId", "costWan")
       VALUES ($1, $2, '在街道辖区内实施，惠及周边居民。', $3, 150) RETURNING id`,
      [round.id, name, unit.id],
    );
    await query(`INSERT INTO "ProjectTally" ("candidateId", "roundId", "paperYes") VALUES ($1, $2, $3)`, [
      c.id,
      round.id,
      ids.length < 2 ? 1 : 0,
    ]);
    ids.push(c.id);
  }
  await query(
    `UPDATE "ProjectRound" SET status = 'DECIDED', "decidedAt" = now(),
       "votingOpensAt" = now() - interval '2 days', "votingClosesAt" = now() - interval '1 day' WHERE id = $1`,
    [round.id],
  );
  await query(`UPDATE "ProjectCandidate" SET outcome = 'DECIDED', rank = 1 WHERE id = $1`, [ids[0]]);
  await query(`UPDATE "ProjectCandidate" SET outcome = 'DECIDED', rank = 2 WHERE id = $1`, [ids[1]]);
  await query(`UPDATE "ProjectCandidate" SET outcome = 'NOT_DECIDED', rank = 3 WHERE id = $1`, [ids[2]]);
  return { roundId: round.id, names, deputyName: m.name, unitName: unit.name };
}

const civil = (offsetDays: number) =>
  new Date(Date.now() + 8 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);

async function signedIn(browser: Browser, username: string, viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  await signInAsStaff(page, username);
  return page;
}

/** The staff page's block of one decided project. */
const projectBlock = (page: Page, name: string) =>
  page.getByTestId("delivery-projects").locator(":scope > li", { has: page.getByRole("heading", { name }) });

test("staff assign a decided project, the unit reports progress, the public sees it, deputies rate it", async ({
  browser,
}) => {
  test.setTimeout(300_000); // four accounts sign in through the second factor; first compiles on a busy machine
  const title = `民生实事实施${Date.now().toString(36)}`;
  const { roundId, names, deputyName, unitName } = await decidedRound(title);
  const project = names[0];

  // Staff: the department, official, budget and two milestones (one already past its date), and the group.
  const staff = await signedIn(browser, "staff");
  await staff.goto(`/staff/projects/${roundId}`);
  const block = projectBlock(staff, project);
  await expect(block.getByText("尚未落实责任单位")).toBeVisible();
  await block.getByLabel("牵头负责人").fill("王建国");
  await block.getByLabel("预算（万元）").fill("150");
  await block
    .getByLabel("实施节点（每行一项：日期 内容）")
    .fill(`${civil(-3)} 完成设计招标\n${civil(60)} 主体工程完工`);
  await block.getByRole("button", { name: "落实责任单位" }).click();
  await expect(block.getByText(`责任单位：${unitName}`)).toBeVisible();
  await expect(block.locator('[data-light="red"]', { hasText: "逾期" })).toHaveCount(1);
  await block.getByLabel(deputyName, { exact: true }).check();
  await block.getByRole("button", { name: "保存监督小组" }).click();
  await expect(block.getByText("尚未组成监督小组")).toHaveCount(0);

  // The unit: its project, a report with a photo that completes the overdue milestone.
  const unit = await signedIn(browser, "unit");
  await unit.goto("/unit/projects");
  await unit
    .locator("section", { has: unit.getByRole("heading", { name: project }) })
    .getByRole("link", { name: "查看并报告进展" })
    .click();
  await unit.waitForURL(/\/unit\/projects\/\d+$/);
  await unit.getByLabel("完成进度（%）").fill("60");
  await unit.getByLabel("进展情况").fill("设计招标已完成，施工单位已进场，主体结构施工中。");
  await unit.getByLabel("本次完成的节点（可不选）").selectOption({ label: `${civil(-3)} 完成设计招标` });
  await unit.getByLabel("现场照片（可不传，最多3张）").setInputFiles({
    name: "site.png",
    mimeType: "image/png",
    buffer: await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#6a9" } })
      .png()
      .toBuffer(),
  });
  await unit.screenshot({ path: "test-results/project-unit-progress-form-desktop.png", fullPage: true });
  await unit.getByRole("button", { name: "提交进展" }).click();
  await expect(unit.getByText("进展已报告")).toBeVisible();
  await unit.reload();
  await expect(unit.getByText("完成进度 60%").first()).toBeVisible();
  await expect(unit.locator('[data-light="red"]')).toHaveCount(0);
  await unit.screenshot({ path: "test-results/project-unit-progress-desktop.png", fullPage: true });

  // The public, on a phone: progress, the milestone done, the report and its photo; no rating yet.
  const pub = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
  await pub.goto("/projects");
  const card = pub.locator("section", { has: pub.getByRole("heading", { name: new RegExp(title) }) });
  await expect(card.getByText("完成进度 60%")).toBeVisible();
  await expect(card.getByText("设计招标已完成，施工单位已进场，主体结构施工中。")).toBeVisible();
  await expect(card.locator('[data-light="green"]', { hasText: "已完成" })).toBeVisible();
  const photo = card.getByRole("img", { name: `“${project}”的现场照片` });
  await expect(photo).toBeVisible();
  expect(await photo.getAttribute("src")).toMatch(/^\/api\/photos\/[0-9a-f]{32}\?size=thumb$/);
  await expect(card.getByTestId("rating-result")).toHaveCount(0);
  const overflow = await pub.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await card.screenshot({ path: "test-results/project-progress-public-phone.png" });

  // Staff open the rating; the deputy (in the group) sees the project and rates it once.
  await staff.reload();
  await staff.getByRole("button", { name: "开始满意度测评" }).click();
  await expect(staff.getByText(/测评自 .* 开始/)).toBeVisible();
  const deputy = await signedIn(browser, "deputy", { width: 390, height: 844 });
  await deputy.goto("/deputy/projects");
  await expect(deputy.getByText(project).first()).toBeVisible();
  const rate = deputy
    .locator("li", { hasText: project })
    .filter({ has: deputy.getByRole("button", { name: "提交评价" }) });
  // Each dimension the round states (进度, 质量), then the whole; a dimension left out is asked for.
  await rate.getByRole("group", { name: "进度" }).getByLabel("满意", { exact: true }).check();
  await rate.getByRole("group", { name: "总体评价" }).getByLabel("满意", { exact: true }).check();
  await rate.getByRole("button", { name: "提交评价" }).click();
  await expect(rate.getByRole("group", { name: "质量" })).toHaveAccessibleDescription("请选择满意、基本满意或不满意");
  await rate.getByRole("group", { name: "质量" }).getByLabel("基本满意", { exact: true }).check();
  await rate.getByRole("button", { name: "提交评价" }).click();
  // The form gives way to the deputy's rating, which stays after a reload; the form does not come back.
  await expect(deputy.getByText("您的评价：满意")).toBeVisible();
  await deputy.reload();
  await expect(deputy.getByText("您的评价：满意")).toBeVisible();
  await expect(deputy.getByRole("button", { name: "提交评价" })).toHaveCount(0);

  // Staff close it; the result is public.
  await staff.reload();
  // Closing cannot be undone: the page asks once more in a dialog.
  await staff.getByRole("button", { name: "结束测评并公布结果" }).click();
  await staff.getByRole("dialog").getByRole("button", { name: "结束测评并公布结果" }).click();
  await expect(staff.getByText(/测评已于 .* 结束/)).toBeVisible();
  await pub.reload();
  await expect(card.getByTestId("rating-result")).toContainText("总体：满意 1 · 基本满意 0 · 不满意 0 · 满意率 100%");
  await expect(card.getByTestId("rating-result")).toContainText("质量：满意 0 · 基本满意 1 · 不满意 0 · 满意率 100%");

  // The leader's overview.
  const leader = await signedIn(browser, "leader");
  await leader.goto("/leader/projects");
  const overview = leader.getByTestId(`leader-round-${roundId}`);
  await expect(overview.getByText(project)).toBeVisible();
  await expect(overview.getByText("完成进度 60%")).toBeVisible();
  await expect(overview.getByText("无逾期节点").first()).toBeVisible();
  await leader.screenshot({ path: "test-results/project-leader-desktop.png", fullPage: true });
});
