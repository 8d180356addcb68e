// README "Going live", walked as a city's IT staff would: on an empty database with the portal in production
// mode, the top region and the first administrator from the command line, a staff account made in the browser,
// the city's districts, handling units and stations entered, its deputies imported from the Excel template, a
// reception session arranged, and a resident on a phone who finds the station, signs in with the code texted to
// them (read from the SMS gateway stand-in, scripts/golive-e2e.ts) and books. Each step is one of the README's.
// Screenshots of the empty portal, the import preview and the resident's booking go to test-results/golive-*.png.
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectPath, signInAsStaff } from "../e2e/support/login";
import { newPage } from "../e2e/support/loop";

test.describe.configure({ timeout: 600_000 });

const root = process.cwd(); // scripts/golive-e2e.ts runs Playwright in the project folder
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/golive-${name}.png`, fullPage: true });

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

/** The text message the SMS gateway received for this number after `since`, as the resident's phone shows it. */
async function textTo(phone: string, since: number): Promise<string> {
  const inbox = process.env.GOLIVE_SMS_INBOX!;
  let body: string | undefined;
  await expect
    .poll(
      async () => {
        const received = (await (await fetch(inbox)).json()) as { to: string; body: string; at: number }[];
        body = received.filter((m) => m.at >= since && m.to.endsWith(phone)).at(-1)?.body;
        return body;
      },
      { timeout: 30_000 },
    )
    .toBeTruthy();
  return body!;
}

/** A form on the page, found by its submit button (each form of these pages has its own). */
const formOf = (page: Page, button: string) =>
  page.locator("form").filter({ has: page.getByRole("button", { name: button, exact: true }) });

/** README "Going live": download a kind's template, fill its rows with exceljs (as a person fills it in Excel),
 *  upload it, check the preview's summary, confirm, and wait for the result. */
async function importFromTemplate(
  page: Page,
  importPath: string,
  sheetName: string,
  rows: (string | number)[][],
  summary: string,
  screenshot: string,
) {
  await page.goto(importPath);
  const download = page.waitForEvent("download");
  await page.getByRole("main").getByRole("link", { name: "下载模板" }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await (await download).path());
  const sheet = wb.getWorksheet(sheetName)!;
  rows.forEach((values, i) => (sheet.getRow(i + 2).values = values));
  const file = path.join(os.tmpdir(), `golive-${screenshot}-${Date.now()}.xlsx`);
  await wb.xlsx.writeFile(file);
  await page.getByLabel("Excel 文件（.xlsx，最大 10 MB）").setInputFiles(file);
  await page.getByRole("button", { name: "上传并检查" }).click();
  await page.waitForURL((url) => new RegExp(`^${importPath}/[0-9a-f-]{36}$`).test(url.pathname));
  await expect(page.getByText(summary)).toBeVisible({ timeout: 60_000 });
  await shot(page, screenshot);
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "导入完成" })).toBeVisible({
    timeout: 60_000,
  });
}

test("a real installation from an empty database: admin, staff, places, deputies, and a resident books", async ({
  browser,
}) => {
  // 1. The commands of README "Going live": the top region and the first administrator.
  const regionOut = npmRun("scripts/create-root-region.ts", ["360800", "吉安市", "--level", "CITY"]);
  expect(regionOut).toMatch(/Created CITY "吉安市" \(id \d+\)\./);
  const created = npmRun("scripts/create-admin.ts", ["jaadmin", "--name", "吉安市系统管理员"]);
  expect(created).toContain('Created system administrator "jaadmin".');
  const adminPassword = created.match(/^\s{4}(\S+)\s*$/m)![1];

  // 2. The portal is open and empty: nothing of the demo, no stations yet.
  const visitor = await newPage(browser);
  await visitor.goto("/");
  await expect(visitor.getByText("演示环境")).toHaveCount(0);
  await shot(visitor, "empty-home");
  await visitor.goto("/stations");
  await expect(visitor.getByText("共 0 个站点", { exact: false })).toBeVisible();
  await expect(visitor.getByText("还没有开放的站点。")).toBeVisible();
  await shot(visitor, "empty-stations");

  // 3. The administrator signs in (second factor, own password) and makes the committee staff account.
  const admin = await newPage(browser);
  await firstSignIn(admin, "jaadmin", adminPassword, "Jian-Admin-harbour-2027", "/admin");
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

  // 4. Staff add a district below the city (the regions page opens on the city; its form adds under it).
  await staff.goto("/staff/regions");
  await expect(staff.getByText("在“吉安市”下添加区域")).toBeVisible();
  const addRegion = formOf(staff, "添加区域");
  await addRegion.getByLabel("区划代码").fill("360802");
  await addRegion.getByLabel("名称", { exact: true }).fill("吉州区");
  await addRegion.getByRole("button", { name: "添加区域" }).click();
  await expect(staff.getByText("区域已添加。")).toBeVisible();
  await expect(staff.locator("summary").filter({ hasText: "吉州区" })).toBeVisible();

  // 5. The handling units from their template, and a category whose default lead unit one of them is.
  await importFromTemplate(
    staff,
    "/staff/units/import",
    "承办单位",
    [
      ["JZ-ZJ", "吉州区住房和城乡建设局", "吉州区住建局", "360802", "李明", "0796-8220000", "是"],
      ["JZ-JT", "吉州区交通运输局", "吉州区交通局", "360802", "王芳", "0796-8220001", "是"],
    ],
    "新增 2 · 修改 0 · 不变 0 · 出错 0",
    "units-preview",
  );

  await staff.goto("/staff/categories");
  const newCategory = formOf(staff, "新建类别");
  await newCategory.getByLabel("编号", { exact: true }).fill("CXJS");
  await newCategory.getByLabel("类别名称").fill("城乡建设");
  await newCategory.getByLabel("默认主办单位").selectOption({ label: "吉州区住房和城乡建设局" });
  await newCategory.getByRole("button", { name: "新建类别" }).click();
  await expect(staff.getByText("类别已创建。")).toBeVisible();

  // 6. The stations from their template: a 代表之家 and a 联络站 that belongs to it (家—站—点).
  const stationName = "吉州区文山街道人大代表联络站";
  await importFromTemplate(
    staff,
    "/staff/stations/import",
    "站点",
    [
      [
        "JZ-000",
        "吉州区人大代表之家",
        "代表之家",
        "",
        "360802",
        "吉安市吉州区人民大道 1 号",
        "114.9870",
        "27.1130",
        "周一至周五 9:00-17:00",
        "周敏",
        "0796-8221000",
        "",
      ],
      [
        "JZ-001",
        stationName,
        "联络站",
        "JZ-000",
        "360802",
        "吉安市吉州区文山街道井冈山大道 100 号",
        "114.9793",
        "27.1145",
        "周一至周五 9:00-17:00",
        "赵六",
        "0796-8221234",
        "文山街道的代表在这里接待群众。",
      ],
    ],
    "新增 2 · 修改 0 · 不变 0 · 出错 0",
    "stations-preview",
  );

  // 7. Deputies from the template: two city deputies elected in the district, sitting at the station.
  await staff.goto("/staff/deputies/import");
  const download = staff.waitForEvent("download");
  await staff.getByRole("main").getByRole("link", { name: "下载模板" }).click();
  const template = await (await download).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const deputiesSheet = wb.getWorksheet("代表")!;
  deputiesSheet.getRow(2).values = [
    "JA-0001",
    "刘文华",
    "女",
    "文山街道社区卫生服务中心医生",
    "",
    "13907960001",
    stationName,
    "",
  ];
  deputiesSheet.getRow(3).values = [
    "JA-0002",
    "陈建国",
    "男",
    "吉州区某建筑公司工程师",
    "",
    "13907960002",
    stationName,
    "",
  ];
  const mandates = wb.getWorksheet("任职")!;
  mandates.getRow(2).values = ["JA-0001", "市", "6", "吉州区", "文山选区", "2021-10-01", ""];
  mandates.getRow(3).values = ["JA-0002", "市", "6", "360802", "文山选区", "2021-10-01", ""];
  const file = path.join(os.tmpdir(), `golive-deputies-${Date.now()}.xlsx`);
  await wb.xlsx.writeFile(file);
  await staff.getByLabel("Excel 文件（.xlsx，最大 10 MB）").setInputFiles(file);
  await staff.getByRole("button", { name: "上传并检查" }).click();
  await staff.waitForURL((url) => /^\/staff\/deputies\/import\/[0-9a-f-]{36}$/.test(url.pathname));
  await expect(staff.getByText("新增 2 · 修改 0 · 不变 0 · 出错 0")).toBeVisible({ timeout: 60_000 });
  await expect(staff.getByRole("cell", { name: "JA-0001" })).toBeVisible();
  await shot(staff, "deputies-preview");
  await staff.getByRole("button", { name: "确认导入" }).click();
  await expect(staff.getByRole("main").getByRole("status").filter({ hasText: "导入完成" })).toBeVisible({
    timeout: 60_000,
  });
  await shot(staff, "deputies-imported");

  // 8. A reception session at the station a week ahead, both deputies on duty, published.
  const theme = "老旧小区改造专题接待";
  await staff.goto("/staff/sessions");
  // 新建 at the top of the list; with two stations the station is chosen first.
  await staff.getByRole("link", { name: "新建接待活动" }).click();
  // The list has a 联络站 filter too: wait for the new page, or the choice lands on the list being left.
  await staff.waitForURL((url) => url.pathname === "/staff/sessions/new");
  await expect(staff.getByRole("button", { name: "下一步" })).toBeVisible();
  await staff.getByLabel("联络站").selectOption({ label: stationName });
  await staff.getByRole("button", { name: "下一步" }).click();
  await expect(staff.getByText(`联络站：${stationName}`)).toBeVisible();
  const newSession = staff.locator("form").filter({ has: staff.getByRole("button", { name: "保存活动" }) });
  await newSession.getByLabel("主题").fill(theme);
  await expect(newSession.getByRole("group", { name: "值班代表" })).toContainText("刘文华");
  await newSession.getByRole("checkbox", { name: "刘文华" }).check();
  await newSession.getByRole("checkbox", { name: "陈建国" }).check();
  await newSession.getByRole("checkbox", { name: /立即发布/ }).check();
  await newSession.getByRole("button", { name: "保存活动" }).click();
  await expect(staff.getByText("接待活动已保存。")).toBeVisible();

  // 9. A resident on a phone finds the station by area, books, and signs in with the texted code.
  const resident = await newPage(browser, true);
  await resident.goto("/stations");
  await resident.getByLabel("所在区域").selectOption({ label: "吉安市 · 吉州区" });
  await resident.getByRole("button", { name: "搜索" }).click();
  await expect(resident).toHaveURL(/area=\d+/);
  await resident.getByRole("link", { name: stationName, exact: true }).click();
  await expect(resident.getByRole("heading", { name: stationName, level: 1 })).toBeVisible();
  await resident.locator("li", { hasText: theme }).getByRole("link", { name: /预约/ }).click();
  await resident.getByRole("link", { name: "手机号登录后预约" }).click();
  const phone = "13979600123";
  await resident.getByLabel("手机号").fill(phone);
  const asked = Date.now();
  await resident.getByRole("button", { name: "获取验证码" }).click();
  await expect(resident.getByTestId("demo-code")).toHaveCount(0); // production: the code only reaches the phone
  const sms = await textTo(phone, asked);
  expect(sms).toMatch(/^【人大代表联络站】您的登录验证码是\d{6}，10分钟内有效。/);
  await resident.getByLabel("短信验证码").fill(sms.match(/验证码是(\d{6})/)![1]);
  await resident.getByRole("button", { name: "登录", exact: true }).click();
  await resident.getByLabel("想反映的事项").fill("小区加装电梯的费用怎么分摊");
  await resident.getByRole("button", { name: "确认预约" }).click();
  await expect(resident).toHaveURL(/\/me\/bookings\/[2-9A-Z]{8}$/);
  await expect(resident.getByText("已预约")).toBeVisible();
  await shot(resident, "resident-booking");
  await resident.goto("/me");
  await expect(resident.getByRole("main")).toContainText(stationName);
  await expect(resident.getByRole("main")).toContainText(theme);
  await shot(resident, "resident-me");
});
