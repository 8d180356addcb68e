// The system admin creates a committee-staff account for one district; its holder signs in with the one-time
// password, must replace it, and works in /staff within that district only; disabling the account ends the
// holder's live session on the server (S5).
import { expect, test } from "@playwright/test";
import { expectPath, mainAlert, signInAsStaff } from "./support/login";
import { newPage } from "./support/loop";

test("admin creates a staff account; the holder changes the one-time password and sees only their district; disabling ends the session", async ({
  browser,
}) => {
  const admin = await newPage(browser);
  await signInAsStaff(admin, "admin");
  await expectPath(admin, "/admin");
  await admin.getByRole("link", { name: "账号管理" }).first().click();
  await expectPath(admin, "/admin/users");
  await admin.getByRole("link", { name: "新建账号" }).click();
  await expectPath(admin, "/admin/users/new");

  const username = `e2e.staff${Date.now().toString(36)}`;
  await admin.getByLabel("登录账号").fill(username);
  await admin.getByLabel("姓名").fill("滨江区工作人员");
  await admin.getByLabel("角色").selectOption({ label: "代表工作机构" });
  // Without a region the form says what is missing.
  await admin.getByRole("button", { name: "创建账号" }).click();
  await expect(admin.getByText("代表工作机构和常委会领导须指定负责地区。")).toBeVisible();
  await admin.getByLabel("查找负责地区").fill("滨江区");
  await admin.getByRole("button", { name: "江州市 · 滨江区" }).click();
  await admin.getByRole("button", { name: "创建账号" }).click();
  const password = (await admin.getByTestId("one-time-password").textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
  await expect(admin.getByText("此密码只显示这一次")).toBeVisible();

  // The holder signs in with it and must choose their own first.
  const holder = await newPage(browser, true);
  await signInAsStaff(holder, username, password);
  await expectPath(holder, "/account/password");
  await holder.getByLabel("当前密码").fill(password);
  await holder.getByLabel("新密码", { exact: true }).fill("amber-Willow-lantern-5150");
  await holder.getByLabel("再次输入新密码").fill("amber-Willow-lantern-5150");
  await holder.getByRole("button", { name: "保存新密码" }).click();
  await expectPath(holder, "/login/staff");
  await signInAsStaff(holder, username, "amber-Willow-lantern-5150");
  await expectPath(holder, "/staff");

  // Only the district given: the queue's area filter offers 滨江区 and its streets, no other district.
  await holder.goto("/staff/queue");
  const areas = holder.getByLabel("区域");
  await expect(areas.locator("option", { hasText: "滨江区" }).first()).toBeAttached();
  await expect(areas.locator("option", { hasText: "望湖区" })).toHaveCount(0);

  // The admin finds the account and disables it, confirming in the dialog.
  await admin.goto(`/admin/users?q=${username}`);
  await admin.getByRole("link", { name: "滨江区工作人员" }).click();
  const dialog = admin.getByRole("dialog", { name: /停用 滨江区工作人员 的账号/ });
  // The button opens the dialog once the page's script has loaded; press again until it has.
  await expect(async () => {
    await admin.getByRole("button", { name: "停用账号" }).click();
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await dialog.getByRole("button", { name: "确认停用" }).click();
  await expect(admin.getByText("账号已停用，该账号已在所有设备上退出。")).toBeVisible();

  // The holder's next navigation finds the session ended.
  await holder.goto("/staff/queue");
  await expectPath(holder, "/login/staff");
  await signInAsStaff(holder, username, "amber-Willow-lantern-5150");
  await expect(mainAlert(holder)).toBeVisible();
  await expectPath(holder, "/login/staff");
});
