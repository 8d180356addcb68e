import { expect, test } from "@playwright/test";
import { expectPath, signInAsResident, signInAsStaff } from "./support/login";

test("a station admin records a walk-in's issue; the resident later finds it in their own area", async ({
  page,
  browser,
}) => {
  await signInAsStaff(page, "station");
  await expectPath(page, "/station");
  await page.getByRole("link", { name: "代为登记" }).click();
  const phone = `133${String(Date.now()).slice(-8)}`;
  await page.getByLabel("反映方式").selectOption({ label: "来访代录" });
  await page.getByLabel("反映人姓名").fill("李阿姨");
  await page.getByLabel("反映人手机号（选填）").fill(phone);
  await page.getByLabel("标题").fill("三号楼楼道堆放杂物");
  await page.getByLabel("具体内容").fill("三号楼楼道长期堆放杂物，存在消防隐患，希望物业清理。");
  await page.getByLabel("类别").selectOption({ label: "社会治理" });
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page).toHaveURL(/\/track\/[2-9A-Z]{8}\?new=1$/);
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();

  const resident = await (await browser.newContext()).newPage();
  await signInAsResident(resident, phone);
  await expect(resident.getByRole("link", { name: "三号楼楼道堆放杂物" })).toBeVisible();
  await resident.getByRole("link", { name: "三号楼楼道堆放杂物" }).click();
  await expectPath(resident, `/track/${code}`);
});
