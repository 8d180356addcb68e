import { expect, test } from "@playwright/test";
import {
  act,
  coUnitAccount,
  staffAcceptsAndAssigns,
  staffSignsIn,
  idOf,
  leadUnitReplies,
  newPage,
  residentSubmits,
  staffOpens,
} from "./support/loop";

test.describe.configure({ timeout: 180_000 });

test("a resident's issue goes through staff, a lead unit with a co-unit, and back to the resident, who is satisfied", async ({
  browser,
}) => {
  const resident = await newPage(browser, true);
  const code = await residentSubmits(resident, "东门路灯一个月不亮");
  const id = await idOf(code);

  const staff = await newPage(browser);
  await staffSignsIn(staff, "staff");
  await staffAcceptsAndAssigns(staff, id, "江州市教育局", ["江州市民政局"]);
  await expect(staff.getByTestId("stage")).toHaveText("待签收");

  // the co-unit sends its opinion to the lead unit
  const co = await newPage(browser);
  const coLogin = await coUnitAccount("江州市民政局");
  await staffSignsIn(co, coLogin.username, coLogin.password);
  // it finds the item in its list (rows written out from compact lines, components/suggestions/work-rows.ts)
  await co.goto("/unit/assignments");
  const row = co.getByRole("row").filter({ hasText: code });
  await expect(row).toContainText("协办");
  await expect(row).toContainText("待签收");
  await expect(row.locator("[data-light]")).toHaveCount(1);
  await row.getByRole("link", { name: "东门路灯一个月不亮" }).click();
  await expect(co).toHaveURL(new RegExp(`/unit/suggestions/${id}$`));
  await co.getByRole("complementary").getByLabel("协办意见").fill("民政局意见：可协调社区配合维修。");
  await act(co, "发送协办意见", "协办意见已送主办单位。");

  // the lead unit sees the co-unit's opinion, contacts the resident and replies
  const unit = await newPage(browser);
  await staffSignsIn(unit, "unit");
  await unit.goto(`/unit/suggestions/${id}`);
  await expect(unit.getByText("民政局意见：可协调社区配合维修。")).toBeVisible();
  await leadUnitReplies(unit, id, "A", "已联系路灯管理所，东门两盏路灯已于本周修复。");

  await staffOpens(staff, id);
  await act(staff, "反馈提出人", "答复已反馈提出人。");

  await resident.goto(`/track/${code}`);
  await expect(resident.getByTestId("stage")).toHaveText("待评价");
  await expect(resident.getByText("A 类：已解决或采纳")).toBeVisible();
  await expect(resident.getByText("已联系路灯管理所，东门两盏路灯已于本周修复。")).toBeVisible();
  await resident.getByRole("radio", { name: "满意", exact: true }).check();
  await resident.getByRole("button", { name: "提交评价" }).click();
  await expect(resident.getByTestId("stage")).toHaveText("已办结");
  await expect(resident.getByText("评价：满意")).toBeVisible();
});

test("an unsatisfied rating sends the item back to the unit, which handles it again", async ({ browser }) => {
  const resident = await newPage(browser, true);
  const code = await residentSubmits(resident, "菜市场噪音扰民");
  const id = await idOf(code);
  const staff = await newPage(browser);
  await staffSignsIn(staff, "staff");
  await staffAcceptsAndAssigns(staff, id, "江州市教育局");
  const unit = await newPage(browser);
  await staffSignsIn(unit, "unit");
  await leadUnitReplies(unit, id, "A", "已要求市场管理方调整开市时间。");
  await staffOpens(staff, id);
  await act(staff, "反馈提出人", "答复已反馈提出人。");

  await resident.goto(`/track/${code}`);
  await resident.getByRole("radio", { name: "不满意" }).check();
  await resident.getByLabel("意见（选填）").fill("早上五点还是很吵");
  await resident.getByRole("button", { name: "提交评价" }).click();
  await expect(resident.getByTestId("stage")).toHaveText(/办理中 · 第 2 轮办理/);

  // round 2: the unit replies again without signing for it anew, and the resident is satisfied this time
  await leadUnitReplies(unit, id, "A", "已协调市场推迟至七点开市，并加装隔音设施。", { accept: false });
  await staffOpens(staff, id);
  await act(staff, "反馈提出人", "答复已反馈提出人。");
  await resident.goto(`/track/${code}`);
  await resident.getByRole("radio", { name: "基本满意" }).check();
  await resident.getByRole("button", { name: "提交评价" }).click();
  await expect(resident.getByTestId("stage")).toHaveText("已办结 · 第 2 轮办理");
});

test("a B reply stays under follow-up until staff mark it solved", async ({ browser }) => {
  const resident = await newPage(browser, true);
  const code = await residentSubmits(resident, "学校门口缺少人行横道");
  const id = await idOf(code);
  const staff = await newPage(browser);
  await staffSignsIn(staff, "staff");
  await staffAcceptsAndAssigns(staff, id, "江州市教育局");
  const unit = await newPage(browser);
  await staffSignsIn(unit, "unit");
  await leadUnitReplies(unit, id, "B", "已列入今年道路改造计划，预计年底前施划。", { nextCheck: "2027-01-15" });
  await staffOpens(staff, id);
  await act(staff, "反馈提出人", "答复已反馈提出人。");
  await expect(staff.getByText("跟踪办理（下次跟踪 2027-01-15）")).toBeVisible();

  // the unit posts progress while it is followed up
  await unit.goto(`/unit/suggestions/${id}`);
  await unit.getByRole("complementary").getByLabel("进展情况").fill("施工单位已进场，本月完成。");
  await act(unit, "保存进展", "进展已保存。");

  await staffOpens(staff, id);
  await expect(staff.getByText("施工单位已进场，本月完成。")).toBeVisible();
  await act(staff, "标记为已解决", "已标记为解决。");
  await expect(staff.getByText("跟踪办理（下次跟踪")).toHaveCount(0);
});

test("a declined item shows the resident who declined it, why, and where to go instead", async ({ browser }) => {
  const resident = await newPage(browser, true);
  const code = await residentSubmits(resident, "邻居装修纠纷请求调解");
  const staff = await newPage(browser);
  await staffSignsIn(staff, "staff");
  await staffOpens(staff, await idOf(code));
  const panel = staff.getByRole("complementary");
  await panel.getByLabel("理由").fill("属于邻里民事纠纷，不在人大代表联络站受理范围");
  await panel.getByLabel("建议的反映渠道（选填）").fill("社区人民调解委员会");
  await act(staff, "不予受理", "已不予受理，提出人会看到原因。");

  await resident.goto(`/track/${code}`);
  await expect(resident.getByTestId("stage")).toHaveText("不予受理");
  await expect(resident.getByText("由代表工作机构决定不予受理")).toBeVisible();
  await expect(resident.getByText("原因：属于邻里民事纠纷，不在人大代表联络站受理范围")).toBeVisible();
  await expect(resident.getByText("建议您通过以下渠道反映：社区人民调解委员会")).toBeVisible();
});

test("staff raise a resident's opinion into a deputy suggestion; the resident can follow it", async ({ browser }) => {
  const resident = await newPage(browser, true);
  await resident.goto("/stations");
  await resident.locator("main ul li a").first().click();
  await expect(resident).toHaveURL(/\/stations\/\d+$/);
  const stationUrl = resident.url();
  const code = await residentSubmits(resident, "社区缺少老年食堂", stationUrl.split("/").pop());
  const staff = await newPage(browser);
  await staffSignsIn(staff, "staff");
  await staffOpens(staff, await idOf(code));
  const panel = staff.getByRole("complementary");
  await panel.getByLabel("提出建议的代表").selectOption({ index: 1 });
  await panel.getByLabel("代表建议标题").fill("关于在社区增设老年食堂的建议");
  await act(staff, "转为代表建议", "已转为代表建议。");

  await resident.goto(`/track/${code}`);
  await expect(resident.getByTestId("stage")).toHaveText("已合并");
  await resident
    .getByRole("main")
    .getByRole("link", { name: /^[2-9A-Z]{8}$/ })
    .click();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("关于在社区增设老年食堂的建议");
  await expect(resident.getByTestId("stage")).toHaveText("待交办");
});
