// README "Going live", walked as a city's IT staff would: on an empty database with the portal in production
// mode, the first administrator from the command line, a staff account made in the browser, the city's places
// and people imported from the Excel templates, and a resident who finds the imported station and books.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectPath, signInAsStaff } from "../e2e/support/login";
import { newPage } from "../e2e/support/loop";

test.describe.configure({ timeout: 600_000 });

const root = process.cwd(); // scripts/golive-e2e.ts runs Playwright in the project folder

/** Runs one of the README's commands as the operator would, returning what it printed. */
function npmRun(script: string, args: string[]): string {
  return execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, script), ...args], {
    cwd: root,
    env: process.env,
    encoding: "utf8",
  });
}

/** First sign-in with a one-time password: the second factor is set up, then the password must be replaced. */
async function firstSignIn(page: Page, username: string, oneTime: string, chosen: string, home: string) {
  await signInAsStaff(page, username, oneTime);
  await expectPath(page, "/account/password");
  await page.getByLabel("当前密码").fill(oneTime);
  await page.getByLabel("新密码", { exact: true }).fill(chosen);
  await page.getByLabel("再次输入新密码").fill(chosen);
  await page.getByRole("button", { name: "保存新密码" }).click();
  await expectPath(page, "/login/staff");
  await signInAsStaff(page, username, chosen);
  await expectPath(page, home);
}

test("a real installation from an empty database: admin, staff, import, and a resident books", async ({ browser }) => {
  // The commands of README "Going live": the top region and the first administrator.
  expect(npmRun("scripts/create-root-region.ts", ["360800", "吉安市", "--level", "CITY"])).toContain("吉安市");
  const created = npmRun("scripts/create-admin.ts", ["jaadmin", "--name", "吉安市系统管理员"]);
  const adminPassword = created.match(/^\s{4}(\S+)\s*$/m)![1];

  // Nothing of the demo: no banner, no demo accounts.
  const visitor = await newPage(browser);
  await visitor.goto("/");
  await expect(visitor.getByText("演示环境")).toHaveCount(0);

  const admin = await newPage(browser);
  await firstSignIn(admin, "jaadmin", adminPassword, "Jian-Admin-harbour-2027", "/admin");

  // The admin makes the committee staff account for the whole city.
  await admin.goto("/admin/users/new");
  await admin.getByLabel("登录账号").fill("jastaff");
  await admin.getByLabel("姓名").fill("吉安市人大代表工委");
  await admin.getByLabel("角色").selectOption({ label: "代表工作机构" });
  await admin.getByLabel("查找负责地区").fill("吉安市");
  await admin.getByRole("button", { name: "吉安市" }).click();
  await admin.getByRole("button", { name: "创建账号" }).click();
  const staffPassword = (await admin.getByTestId("one-time-password").textContent())!.trim();

  const staff = await newPage(browser);
  await firstSignIn(staff, "jastaff", staffPassword, "Jian-Staff-meadow-2027", "/staff");
});
