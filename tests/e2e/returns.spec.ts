// Misassigned items go back to staff: a late return needs staff's approval, and staff can withdraw an assignment.
import { expect, test } from "@playwright/test";
import { act, idOf, newPage, residentSubmits, staffAcceptsAndAssigns, staffOpens, staffSignsIn } from "./support/loop";
import { query } from "./support/db";

test.describe.configure({ timeout: 180_000 });

test("a unit asks to return an item after the window; staff approve and assign it elsewhere", async ({ browser }) => {
  const resident = await newPage(browser);
  const id = await idOf(await residentSubmits(resident, "公交站台顶棚破损漏雨"));
  const staff = await newPage(browser);
  await staffSignsIn(staff, "staff");
  await staffAcceptsAndAssigns(staff, id, "江州市教育局");
  // the assignment was made three weeks ago: past the 7-working-day window
  await query(`UPDATE "Assignment" SET "assignedAt" = now() - interval '21 days' WHERE "suggestionId" = $1`, [id]);

  const unit = await newPage(browser);
  await staffSignsIn(unit, "unit");
  await unit.goto(`/unit/suggestions/${id}`);
  const panel = unit.getByRole("complementary");
  await expect(panel.getByText(/退回期限已于 .* 截止/)).toBeVisible();
  await panel.getByLabel("理由").fill("公交站台由市交通运输局管理，不属于教育局职责。");
  await act(unit, "提交退回申请", "退回申请已提交，等待审批。");
  await expect(panel.getByText("退回申请已提交，等待代表工作机构审批。")).toBeVisible();

  await staffOpens(staff, id);
  await expect(staff.getByText("公交站台由市交通运输局管理，不属于教育局职责。")).toBeVisible();
  await act(staff, "同意退回", "已处理退回申请。");
  await expect(staff.getByTestId("stage")).toHaveText("待交办");
  await staff.getByRole("complementary").getByLabel("主办单位").selectOption({ label: "江州市民政局" });
  await act(staff, "交办", "已交办。");
  await expect(staff.getByText("逾期退回（经同意） → 待交办")).toBeVisible();
});

test("staff withdraw an assignment they got wrong and assign it again", async ({ browser }) => {
  const resident = await newPage(browser);
  const id = await idOf(await residentSubmits(resident, "学校门口早高峰拥堵"));
  const staff = await newPage(browser);
  await staffSignsIn(staff, "staff");
  await staffAcceptsAndAssigns(staff, id, "江州市民政局");
  // wait for the refreshed page (its withdraw form) before typing into it
  await expect(staff.getByTestId("stage")).toHaveText("待签收");
  await staff.getByRole("complementary").getByLabel("理由").fill("交办有误，学校周边交通应由教育局牵头。");
  await act(staff, "撤回交办", "已撤回交办，可以重新交办。");
  await expect(staff.getByTestId("stage")).toHaveText("待交办");
  await staff.getByRole("complementary").getByLabel("主办单位").selectOption({ label: "江州市教育局" });
  await act(staff, "交办", "已交办。");

  const unit = await newPage(browser);
  await staffSignsIn(unit, "unit");
  await unit.goto(`/unit/suggestions/${id}`);
  await expect(unit.getByTestId("stage")).toHaveText("待签收");
});
