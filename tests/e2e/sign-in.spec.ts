import { expect, test } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { STAFF_ACCOUNTS } from "./support/accounts";
import { expectPath, mainAlert, passSecondFactor, signInAsStaff } from "./support/login";
import { phoneHmac, query } from "./support/db";

test.describe("staff sign-in", () => {
  for (const account of STAFF_ACCOUNTS) {
    test(`${account.username} lands in their own area`, async ({ page }) => {
      await signInAsStaff(page, account.username);
      await expectPath(page, account.home);
      // The area names whose workspace it is: the unit, the region, the station, the deputy — or the role.
      const [{ place }] = await query<{ place: string | null }>(
        `SELECT COALESCE(hu.name, CASE WHEN u.role = 'DEPUTY' THEN u.name END, r.name,
                (SELECT s.name FROM "Station" s JOIN "StationAdmin" sa ON sa."stationId" = s.id
                  WHERE sa."userId" = u.id ORDER BY s.id LIMIT 1)) AS place
           FROM "User" u LEFT JOIN "HandlingUnit" hu ON hu.id = u."unitId" LEFT JOIN "Region" r ON r.id = u."regionId"
          WHERE u.username = $1`,
        [account.username],
      );
      await expect(page.getByTestId("area-place")).toHaveText(new RegExp(`^${place ?? account.role}`));
      // and may not open another role's area
      const other = account.home === "/staff" ? "/audit" : "/staff";
      await page.goto(other);
      await expect(mainAlert(page)).toContainText("无权访问");
    });
  }

  test("a signed-out visitor is sent to sign in, then on to the page they wanted", async ({ page }) => {
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/login\/staff\?next=%2Fstaff/);
    await page.getByLabel("账号").fill("staff");
    await page.getByLabel("密码", { exact: true }).fill("demo-Pass-2026");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/login\/second-factor\?next=%2Fstaff/);
    await passSecondFactor(page, "staff");
    await expectPath(page, "/staff");
  });

  test("empty fields are explained and nothing is sent", async ({ page }) => {
    await page.goto("/login/staff");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByText("请输入账号。")).toBeVisible();
    await expect(page.getByText("请输入密码。")).toBeVisible();
    await expect(page.getByLabel("账号")).toHaveAttribute("aria-invalid", "true");
  });

  test("wrong passwords are refused, and the fifth locks the account even for the right password", async ({ page }) => {
    const username = `locktest${Date.now()}`;
    const password = "river-Lantern-4471";
    await query(
      `INSERT INTO "User" ("role","name","username","passwordHash","updatedAt") VALUES ('COMMITTEE_STAFF','锁定测试',$1,$2,now())`,
      [username, await hash(password, { algorithm: 2, memoryCost: 47104, timeCost: 1, parallelism: 1 })],
    );
    for (let i = 1; i <= 4; i++) {
      await signInAsStaff(page, username, `wrong-password-${i}`);
      await expect(mainAlert(page)).toHaveText("账号或密码错误。");
    }
    await signInAsStaff(page, username, "wrong-password-5");
    await expect(mainAlert(page)).toContainText("已暂时锁定");
    await signInAsStaff(page, username, password);
    await expect(mainAlert(page)).toContainText("已暂时锁定");
    await expect(page).toHaveURL(/\/login\/staff/);
    const [row] = await query<{ locked: boolean }>(
      `SELECT "lockedUntil" > now() AS locked FROM "User" WHERE username = $1`,
      [username],
    );
    expect(row?.locked).toBe(true);
  });

  test("signing out ends the session on the server: the old cookie gets 401", async ({ page, context }) => {
    await signInAsStaff(page, "leader");
    await expectPath(page, "/leader");
    expect((await page.request.get("/api/me")).status()).toBe(200);
    const cookies = await context.cookies();
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "登录", exact: true })).toBeVisible();
    // replay the cookie the browser held before signing out
    await context.addCookies(cookies);
    expect((await page.request.get("/api/me")).status()).toBe(401);
    await page.goto("/leader");
    await expect(page).toHaveURL(/\/login\/staff/);
  });
});

test.describe("resident sign-in", () => {
  test("a resident signs in with the code, which the outbox never holds in clear", async ({ page }) => {
    const phone = `137${String(Date.now()).slice(-8)}`;
    await page.goto("/login");
    await page.getByLabel("手机号").fill(phone);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await expect(page.getByText(/验证码已发送至 137\*\*\*\*\d{4}/)).toBeVisible();
    const code = (await page.getByTestId("demo-code").textContent())!.trim(); // shown only in demo mode
    expect(code).toMatch(/^\d{6}$/);
    // The message is sealed while it waits (decision 0032) and gone once the job runner has held it.
    const bodies = async () =>
      (
        await query<{ body: string }>(`SELECT body FROM "OutboxMessage" WHERE "recipientHmac" = $1`, [phoneHmac(phone)])
      ).map((r) => r.body);
    for (const body of await bodies()) expect(body).not.toContain(code);
    await expect.poll(async () => (await bodies()).length, { timeout: 20_000 }).toBe(0);
    await page.getByLabel("短信验证码").fill(code);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expectPath(page, "/me");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`居民${phone.slice(-4)}`);
  });

  test("a malformed number or code is explained and sends nothing", async ({ page }) => {
    // Count only messages to the numbers typed here: other workers send codes at the same time.
    const phone = `139${String(Date.now()).slice(-8)}`;
    const sentTo = async () =>
      (
        await query<{ n: string }>(`SELECT count(*) AS n FROM "OutboxMessage" WHERE "recipientHmac" = ANY($1)`, [
          [phoneHmac("12345"), phoneHmac(phone)],
        ])
      )[0]?.n;
    await page.goto("/login");
    await page.getByLabel("手机号").fill("12345");
    await page.getByRole("button", { name: "获取验证码" }).click();
    await expect(page.getByText("请输入正确的 11 位手机号。")).toBeVisible();
    await page.getByLabel("手机号").fill(phone);
    await page.getByLabel("短信验证码").fill("12");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByText("验证码是 6 位数字。")).toBeVisible();
    expect(await sentTo()).toBe("0");
  });

  test("a wrong code is refused", async ({ page }) => {
    const phone = `136${String(Date.now()).slice(-8)}`;
    await page.goto("/login");
    await page.getByLabel("手机号").fill(phone);
    await page.getByRole("button", { name: "获取验证码" }).click();
    const code = (await page.getByTestId("demo-code").textContent())!.trim();
    await page.getByLabel("短信验证码").fill(code === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(mainAlert(page)).toHaveText("验证码错误或已失效，请重新获取。");
    await expect(page).toHaveURL(/\/login/);
  });
});
