// Steps of the suggestion loop as people take them in the browser, shared by the loop's browser tests.
import { expect, type Browser, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { expectPath, signInAsStaff } from "./login";
import { query } from "./db";

export async function newPage(browser: Browser, phone = false): Promise<Page> {
  const context = await browser.newContext(
    phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
  );
  return context.newPage();
}

/** A resident with a fresh number signs in with the demo one-time code and lands on `next`. */
export async function residentSignsInTo(page: Page, next: string) {
  const phone = `15${String(Date.now()).slice(-9)}`;
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("手机号").fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await page.getByLabel("短信验证码").fill((await page.getByTestId("demo-code").textContent())!.trim());
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expectPath(page, next.split("?")[0]);
}

/** A resident with a fresh number signs in and submits at the first station; returns the tracking code. */
export async function residentSubmits(
  page: Page,
  title: string,
  stationId?: string,
  opts: { confidential?: boolean } = {},
): Promise<string> {
  await residentSignsInTo(page, stationId ? `/suggest?station=${stationId}` : "/suggest");
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("具体内容").fill(`${title}，已经持续一段时间，希望有关部门尽快处理。`);
  await page.getByLabel("类别").selectOption({ label: "城市管理" });
  if (!stationId) await page.getByLabel("所在区域").selectOption({ index: 1 });
  if (opts.confidential) await page.getByLabel("对承办单位保密我的身份").check();
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page).toHaveURL(/\/track\/[2-9A-Z]{8}\?new=1$/);
  return (await page.getByTestId("tracking-code").textContent())!.trim();
}

export async function idOf(code: string): Promise<number> {
  const [row] = await query<{ id: number }>(`SELECT id FROM "Suggestion" WHERE "trackingCode" = $1`, [code]);
  return row.id;
}

/** Presses a step's button inside the action panel, confirms in the dialog when the step asks once more (签收,
 *  交办, 反馈提出人), and waits for the confirmation. */
export async function act(page: Page, button: string, done: string) {
  await page.getByRole("complementary").getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  if (await dialog.isVisible()) await dialog.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByRole("complementary").getByText(done)).toBeVisible();
}

/** A staff account for a second handling unit (the demo has one unit account), made for the test. */
export async function coUnitAccount(unitName: string): Promise<{ username: string; password: string }> {
  const username = `co${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const password = "meadow-Lantern-8812";
  await query(
    `INSERT INTO "User" ("role","name","username","passwordHash","unitId","updatedAt")
     SELECT 'UNIT_STAFF','协办联络员',$1,$2,id,now() FROM "HandlingUnit" WHERE name = $3`,
    [username, await hash(password, { algorithm: 2, memoryCost: 47104, timeCost: 1, parallelism: 1 }), unitName],
  );
  return { username, password };
}

export async function staffOpens(page: Page, id: number) {
  await page.goto(`/staff/suggestions/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

export async function leadUnitReplies(
  page: Page,
  id: number,
  classification: string,
  reply: string,
  opts: { accept?: boolean; nextCheck?: string; files?: { name: string; mimeType: string; buffer: Buffer }[] } = {},
) {
  await page.goto(`/unit/suggestions/${id}`);
  if (opts.accept !== false) await act(page, "签收", "已签收。");
  const panel = page.getByRole("complementary");
  await panel.getByRole("radio", { name: "当面" }).check();
  await panel.getByLabel("联系日期").fill(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10));
  await panel.getByLabel("沟通情况").fill("到现场与提出人当面沟通，了解了具体情况。");
  await act(page, "保存沟通记录", "沟通记录已保存。");
  await panel.getByRole("radio", { name: new RegExp(`^${classification} 类`) }).check();
  await panel.getByLabel("答复内容").fill(reply);
  if (opts.nextCheck) await panel.getByLabel(/下次跟踪日期/).fill(opts.nextCheck);
  if (opts.files) await panel.getByLabel("附件（可选）").setInputFiles(opts.files);
  await act(page, "提交答复", "答复已提交，等待审核。");
}

/** Signs in and waits until the sign-in has landed, so the next navigation carries the session. */
export async function staffSignsIn(page: Page, username: string, password?: string) {
  await signInAsStaff(page, username, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Staff accept the item and assign it to a lead unit (and co-units). */
export async function staffAcceptsAndAssigns(page: Page, id: number, lead: string, coUnits: string[] = []) {
  await staffOpens(page, id);
  await act(page, "受理", "已受理。");
  const panel = page.getByRole("complementary");
  await panel.getByLabel("主办单位").selectOption({ label: lead });
  for (const co of coUnits) await panel.getByRole("checkbox", { name: co }).check();
  await act(page, "交办", "已交办。");
}
