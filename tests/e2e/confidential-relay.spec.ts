// A resident who asked for confidentiality talks with the handling unit only through staff, and gets the
// unit's reply with its attached document.
import { expect, test } from "@playwright/test";
import {
  act,
  idOf,
  leadUnitReplies,
  newPage,
  residentSubmits,
  staffAcceptsAndAssigns,
  staffOpens,
  staffSignsIn,
} from "./support/loop";

test.describe.configure({ timeout: 180_000 });

const PDF = {
  name: "维修验收单.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
};

test("messages between a confidential proposer and the unit pass through staff, and the reply's file reaches the proposer", async ({
  browser,
}) => {
  const resident = await newPage(browser, true);
  const code = await residentSubmits(resident, "楼道堆放杂物存在消防隐患", undefined, { confidential: true });
  const id = await idOf(code);
  const staff = await newPage(browser);
  await staffSignsIn(staff, "staff");
  await staffAcceptsAndAssigns(staff, id, "江州市教育局");

  // the unit does not see who raised it, and writes to the proposer through staff
  const unit = await newPage(browser);
  await staffSignsIn(unit, "unit");
  await unit.goto(`/unit/suggestions/${id}`);
  await expect(unit.getByText("提出人要求保密，如需联系请通过代表工作机构转达")).toBeVisible();
  await unit.getByRole("complementary").getByLabel("留言内容").fill("请问杂物堆放在几号楼？我们想上门核实。");
  await act(unit, "提交留言", "留言已提交，由工作人员转达提出人。");

  // staff reword it and pass it on
  await staffOpens(staff, id);
  const thread = staff.getByTestId("relay-thread");
  await expect(thread.getByText("请问杂物堆放在几号楼？我们想上门核实。")).toBeVisible();
  await thread.getByLabel("转达内容（可改写）").fill("承办单位想了解杂物堆放的楼栋，方便上门核实。");
  await thread.getByRole("button", { name: "转达", exact: true }).click();
  await expect(thread.getByText("已转达")).toBeVisible();

  // the resident reads staff's wording and answers
  await resident.goto(`/track/${code}`);
  await expect(resident.getByText("承办单位想了解杂物堆放的楼栋，方便上门核实。")).toBeVisible();
  await expect(resident.getByText("请问杂物堆放在几号楼？我们想上门核实。")).toHaveCount(0);
  await resident.getByLabel("留言内容").fill("在5号楼东侧楼道，一到三楼都有。");
  await resident.getByRole("button", { name: "提交留言" }).click();
  await expect(resident.getByText("留言已提交，由工作人员转达承办单位。")).toBeVisible();

  await staffOpens(staff, id);
  await staff.getByTestId("relay-thread").getByRole("button", { name: "转达", exact: true }).click();
  await expect(staff.getByTestId("relay-thread").getByText("待转达")).toHaveCount(0);

  // the unit reads the answer, replies with a document attached
  await unit.goto(`/unit/suggestions/${id}`);
  await expect(unit.getByTestId("relay-thread").getByText("在5号楼东侧楼道，一到三楼都有。")).toBeVisible();
  await leadUnitReplies(unit, id, "A", "已联系物业清理5号楼楼道杂物，验收单附后。", { files: [PDF] });
  await staffOpens(staff, id);
  await expect(staff.getByRole("link", { name: "维修验收单.pdf" })).toBeVisible();
  await act(staff, "反馈提出人", "答复已反馈提出人。");

  await resident.goto(`/track/${code}`);
  const link = resident.getByRole("link", { name: "维修验收单.pdf" });
  await expect(link).toBeVisible();
  const file = await resident.request.get((await link.getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // the public, signed out, see the reply but not the file
  const anonymous = await newPage(browser);
  await anonymous.goto(`/track/${code}`);
  await expect(anonymous.getByText("已联系物业清理5号楼楼道杂物，验收单附后。")).toBeVisible();
  await expect(anonymous.getByRole("link", { name: "维修验收单.pdf" })).toHaveCount(0);
});
