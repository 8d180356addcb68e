// Issue 16: a unit replies from a standard wording (常用语); staff record a rating the proposer gave by phone (回访),
// and the dashboard shows it apart as staff-recorded; a resident typing sees a similar open item nearby.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { query } from "./support/db";
import {
  act,
  idOf,
  newPage,
  residentSignsInTo,
  residentSubmits,
  staffAcceptsAndAssigns,
  staffOpens,
  staffSignsIn,
} from "./support/loop";

test.describe.configure({ timeout: 240_000 });

/** Screenshots for people to look at, when SHOTS_DIR is set. */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: true });
}

const localNow = () => new Date(Date.now() + 8 * 3_600_000 - 10 * 60_000).toISOString().slice(0, 16);

test("a unit replies from a template; staff record a phone rating, shown apart in the figures", async ({ browser }) => {
  const staff = await newPage(browser);
  await staffSignsIn(staff, "staff");
  await staff.goto("/staff/templates");
  await expect(staff.getByRole("heading", { level: 1, name: "常用语" })).toBeVisible();
  const name = `路灯已修复${Date.now() % 100000}`;
  const body = "您反映的路灯问题已经修复，感谢您对我们工作的监督。";
  const form = staff.locator("form").filter({ has: staff.getByRole("button", { name: "保存常用语" }) });
  await form.getByLabel("名称").fill(name);
  await form.getByLabel("适用类别").selectOption({ label: "城市管理" });
  await form.getByLabel("答复类别").selectOption({ label: "A 类：已解决或采纳" });
  await form.getByLabel("内容").fill(body);
  await form.getByRole("button", { name: "保存常用语" }).click();
  await expect(staff.getByText("常用语已保存。")).toBeVisible();

  const resident = await newPage(browser, true);
  const code = await residentSubmits(resident, "西门路灯坏了两周");
  const id = await idOf(code);
  await staffAcceptsAndAssigns(staff, id, "江州市教育局");

  const unit = await newPage(browser);
  await staffSignsIn(unit, "unit");
  await unit.goto(`/unit/suggestions/${id}`);
  await act(unit, "签收", "已签收。");
  const panel = unit.getByRole("complementary");
  await panel.getByRole("radio", { name: "电话" }).check();
  await panel.getByLabel("联系日期").fill(localNow().slice(0, 10));
  await panel.getByLabel("沟通情况").fill("电话联系提出人，了解了路灯损坏的位置。");
  await act(unit, "保存沟通记录", "沟通记录已保存。");
  // Picking the template fills the reply and its class; the unit edits the text before sending.
  await panel.getByLabel("答复常用语").selectOption({ label: `${name}（A 类）` });
  await expect(panel.getByLabel("答复内容")).toHaveValue(body);
  await expect(panel.getByRole("radio", { name: /^A 类/ })).toBeChecked();
  const edited = `${body}西门三盏路灯已于本周更换。`;
  await panel.getByLabel("答复内容").fill(edited);
  await shot(unit, "unit-reply-template-desktop");
  await act(unit, "提交答复", "答复已提交，等待审核。");
  const [reply] = await query<{ content: string; classification: string }>(
    `SELECT content, classification FROM "Reply" WHERE "suggestionId" = $1`,
    [id],
  );
  expect(reply).toEqual({ content: edited, classification: "A" });

  // The proposer gives their rating on the phone; staff record it.
  await staffOpens(staff, id);
  await act(staff, "反馈提出人", "答复已反馈提出人。");
  const sp = staff.getByRole("complementary");
  await sp.getByRole("group", { name: "提出人的评价" }).getByRole("radio", { name: "基本满意" }).check();
  await expect(sp.getByLabel("回访人")).not.toHaveValue("");
  await sp.getByLabel("回访时间").fill(localNow());
  await sp.getByLabel("回访情况").fill("提出人说灯修好了，希望以后巡查勤一些。");
  await act(staff, "录入回访评价", "回访评价已录入。");
  await expect(staff.getByTestId("stage")).toHaveText("已办结");
  await expect(staff.getByText("电话回访录入评价").first()).toBeVisible();

  // The figures (rebuilt now, as the five-minute job would) show it apart, and its list holds the item.
  execFileSync("npx", ["tsx", "tests/e2e/support/refresh-figures.ts"], { stdio: "inherit" });
  await staff.goto("/staff/dashboard");
  const phone = staff.getByTestId("phone-ratings");
  await expect(phone).toContainText("其中工作人员电话回访录入");
  const link = phone.getByRole("link", { name: /^回访录入评价 \d+ 项，查看清单$/ });
  expect(Number(await link.innerText())).toBeGreaterThanOrEqual(1);
  await expect(staff.getByRole("columnheader", { name: "回访录入评价" }).first()).toBeVisible();
  await link.click();
  await expect(staff).toHaveURL(/measure=ratedByPhone/);
  await expect(staff.getByRole("main").getByText(code)).toBeVisible();
});

test("a resident typing sees a similar open item at the station, never a confidential one", async ({ browser }) => {
  const [station] = await query<{ id: number }>(`SELECT id FROM "Station" WHERE active ORDER BY id LIMIT 1`);
  const first = await newPage(browser, true);
  const code = await residentSubmits(first, "菜市场北门污水外溢", String(station.id));
  const hidden = await newPage(browser, true);
  const secret = await residentSubmits(hidden, "菜市场北门污水外溢严重", String(station.id), { confidential: true });

  const page = await newPage(browser, true);
  await residentSignsInTo(page, `/suggest?station=${station.id}`);
  await page.getByLabel("标题").fill("北门菜市场污水");
  await page.getByLabel("具体内容").pressSequentially("菜市场门口污水外溢，气味很大");
  const hint = page.getByRole("region", { name: "附近的类似事项" });
  await expect(hint.getByText("菜市场北门污水外溢", { exact: true })).toBeVisible();
  await expect(hint.getByRole("link", { name: "关注 / 查看进度" }).first()).toHaveAttribute("href", `/track/${code}`);
  await expect(hint.locator(`a[href="/track/${secret}"]`)).toHaveCount(0);
  await hint.scrollIntoViewIfNeeded();
  await shot(page, "duplicate-hint-phone");
});
