// 写给代表 in the browser (issue 15): a resident opens a deputy's page as from their 代表码, signs in on the way,
// writes; the deputy replies from their inbox and the resident reads it at the letter's tracking page. Another
// letter is raised by the deputy as their own suggestion and walks the loop until the resident sees the reply.
import { expect, test, type Page } from "@playwright/test";
import { query } from "./support/db";
import { expectPath } from "./support/login";
import { act, idOf, leadUnitReplies, newPage, staffOpens, staffSignsIn } from "./support/loop";

test.describe.configure({ timeout: 360_000 });

async function demoDeputy(): Promise<{ id: number; name: string }> {
  const [row] = await query<{ id: number; name: string }>(
    `SELECT d.id, d.name FROM "Deputy" d JOIN "User" u ON u."deputyId" = d.id WHERE u.username = 'deputy'`,
  );
  return row;
}

/** From the deputy's page (opened as the code opens it) to the sent letter; signs in on the way when asked. */
async function residentWrites(page: Page, deputy: { id: number; name: string }, subject: string, phone?: string) {
  await page.goto(`/deputies/${deputy.id}?via=qr`);
  await page.getByRole("link", { name: `给${deputy.name}代表写信 / 约见` }).click();
  if (phone) {
    await expectPath(page, "/login");
    await page.getByLabel("手机号").fill(phone);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await page.getByLabel("短信验证码").fill((await page.getByTestId("demo-code").textContent())!.trim());
    await page.getByRole("button", { name: "登录", exact: true }).click();
  }
  await expectPath(page, `/deputies/${deputy.id}/write`);
  expect(new URL(page.url()).searchParams.get("via")).toBe("qr");
  await page.getByLabel("主题").fill(subject);
  await page.getByLabel("内容").fill(`${subject}，已经持续一段时间，希望代表帮忙反映。`);
  return page;
}

async function send(page: Page): Promise<string> {
  await page.getByRole("button", { name: "发送" }).click();
  await expect(page).toHaveURL(/\/track\/letter\/[2-9A-Z]{8}\?new=1$/);
  return (await page.getByTestId("tracking-code").textContent())!.trim();
}

async function deputyOpens(page: Page, subject: string) {
  await page.goto("/deputy/letters");
  await page.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
}

test("a resident writes to a deputy from their code; the deputy replies; the resident reads it", async ({
  browser,
}) => {
  const deputy = await demoDeputy();
  const resident = await newPage(browser, true);
  const phone = `16${String(Date.now()).slice(-9)}`;
  await residentWrites(resident, deputy, "小区电梯经常停运", phone);
  await resident.screenshot({ path: "test-results/letter-write-phone.png", fullPage: true });
  const code = await send(resident);
  await expect(resident.getByTestId("stage")).toHaveText("待代表答复");

  const desk = await newPage(browser);
  await staffSignsIn(desk, "deputy");
  await deputyOpens(desk, "小区电梯经常停运");
  await desk.goto("/deputy/letters");
  await desk.screenshot({ path: "test-results/letter-inbox-desktop.png", fullPage: true });
  await deputyOpens(desk, "小区电梯经常停运");
  await desk.getByRole("complementary").getByLabel("回复内容").fill("已联系物业，电梯下周一全面检修。");
  await act(desk, "发送回复", "回复已发送。");
  await desk.screenshot({ path: "test-results/letter-detail-desktop.png", fullPage: true });

  const phoneDesk = await newPage(browser, true);
  await staffSignsIn(phoneDesk, "deputy");
  await phoneDesk.goto("/deputy/letters");
  const overflow = await phoneDesk.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await phoneDesk.screenshot({ path: "test-results/letter-inbox-phone.png", fullPage: true });

  await resident.goto(`/track/${code}`); // the tracking page sends a letter's code to its own page
  await expectPath(resident, `/track/letter/${code}`);
  await expect(resident.getByTestId("stage")).toHaveText("代表已答复");
  await expect(resident.getByText("已联系物业，电梯下周一全面检修。")).toBeVisible();
  await resident.screenshot({ path: "test-results/letter-track-phone.png", fullPage: true });
});

test("a letter the deputy raises as their own suggestion walks the loop back to the resident", async ({ browser }) => {
  const deputy = await demoDeputy();
  const resident = await newPage(browser, true);
  const phone = `17${String(Date.now()).slice(-9)}`;
  await residentWrites(resident, deputy, "社区缺少老年食堂", phone);
  const code = await send(resident);

  const desk = await newPage(browser);
  await staffSignsIn(desk, "deputy");
  await deputyOpens(desk, "社区缺少老年食堂");
  const panel = desk.getByRole("complementary");
  await panel.getByLabel("代表建议标题").fill("关于在社区增设老年食堂的建议");
  await panel.locator("#raise-raise-categoryId").selectOption({ label: "城市管理" });
  await act(desk, "转为代表建议", "已转为代表建议。");

  await resident.goto(`/track/letter/${code}`);
  await expect(resident.getByTestId("stage")).toHaveText("已转为代表建议");
  const formalCode = (await resident.getByTestId("letter-handed-on").getByRole("link").textContent())!.trim();
  const id = await idOf(formalCode);

  const staff = await newPage(browser);
  await staffSignsIn(staff, "staff");
  await staffOpens(staff, id);
  await staff.getByRole("complementary").getByLabel("主办单位").selectOption({ label: "江州市教育局" });
  await act(staff, "交办", "已交办。");
  const unit = await newPage(browser);
  await staffSignsIn(unit, "unit");
  await leadUnitReplies(unit, id, "A", "社区老年食堂已选址，将于下月开业。");
  await staffOpens(staff, id);
  await act(staff, "反馈提出人", "答复已反馈提出人。");

  await resident.goto(`/track/letter/${code}`);
  await resident.getByTestId("letter-handed-on").getByRole("link").click();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("关于在社区增设老年食堂的建议");
  await expect(resident.getByText("社区老年食堂已选址，将于下月开业。")).toBeVisible();
  await resident.goto("/notifications");
  await expect(resident.getByText("您的意见转成的代表建议已答复")).toBeVisible();
});
