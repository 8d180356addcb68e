// The second factor (S6) as a person meets it: enrolment at the first sign-in, sign-in with a code, a replayed
// code refused, a recovery code used once; a half-open session reaches nothing else; the demo accounts' code
// shown under 演示.
import { expect, test } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { expectPath, passSecondFactor } from "./support/login";
import { query } from "./support/db";
import { codeFor, freshCodeFor, stepNow } from "./support/totp";

const PASSWORD = "harbor-Lantern-5521";

async function newStaffAccount(): Promise<string> {
  const username = `tfa${Date.now()}${Math.floor(Math.random() * 1000)}`;
  await query(
    `INSERT INTO "User" ("role","name","username","passwordHash","regionId","updatedAt")
     SELECT 'COMMITTEE_STAFF','两步验证测试',$1,$2,"regionId",now() FROM "User" WHERE username = 'staff'`,
    [username, await hash(PASSWORD, { algorithm: 2, memoryCost: 47104, timeCost: 1, parallelism: 1 })],
  );
  return username;
}

async function typePassword(page: import("@playwright/test").Page, username: string) {
  await page.goto("/login/staff");
  await page.getByLabel("账号").fill(username);
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expectPath(page, "/login/second-factor");
  await page.waitForLoadState("networkidle");
}

async function typeCode(page: import("@playwright/test").Page, code: string) {
  await page.getByLabel("验证码", { exact: true }).fill(code);
  await page.getByRole("button", { name: "验证", exact: true }).click();
}

async function signOut(page: import("@playwright/test").Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expectPath(page, "/");
}

test("a new account enrols at first sign-in, then signs in with a code; a replayed code is refused; a recovery code works once", async ({
  page,
}) => {
  const username = await newStaffAccount();
  await typePassword(page, username);

  // enrolment: QR code, the key as text, a wrong code explained, nothing else reachable meanwhile
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("设置两步验证");
  await expect(page.getByRole("img", { name: /两步验证二维码/ })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  expect((await page.request.get("/api/staff/queue/export")).status()).toBe(401);
  await page.goto("/staff");
  await expectPath(page, "/login/second-factor");
  const right = codeFor(secret);
  await page.getByLabel("验证码", { exact: true }).fill(right === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "完成设置" }).click();
  await expect(page.getByText("验证码错误或已过期")).toBeVisible();

  const enrolStep = stepNow();
  await page.getByLabel("验证码", { exact: true }).fill(codeFor(secret, enrolStep));
  await page.getByRole("button", { name: "完成设置" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  const codes = (await page.getByTestId("recovery-codes").getByRole("listitem").allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  await page.getByRole("link", { name: "我已保存，继续" }).click();
  await expectPath(page, "/staff");
  await signOut(page);

  // the code that enrolled cannot sign in again
  await typePassword(page, username);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("两步验证");
  await expect(page.getByTestId("demo-totp")).toHaveCount(0); // only demo accounts ever show a code
  await typeCode(page, codeFor(secret, enrolStep));
  await expect(page.getByText("这个验证码已经用过")).toBeVisible();
  await typeCode(page, await freshCodeFor(username));
  await expectPath(page, "/staff");
  await signOut(page);

  // a recovery code in place of a code, once
  await typePassword(page, username);
  await typeCode(page, codes[0]);
  await expectPath(page, "/staff");
  await signOut(page);
  await typePassword(page, username);
  await typeCode(page, codes[0]);
  await expect(page.getByText("验证码错误或已过期")).toBeVisible();
  await expectPath(page, "/login/second-factor");

  const rows = await query<{ action: string; result: string }>(
    `SELECT action, result FROM "AuditEvent" WHERE "actorId" = (SELECT id FROM "User" WHERE username = $1) ORDER BY id`,
    [username],
  );
  const seen = rows.map((r) => `${r.action}:${r.result}`);
  for (const expected of [
    "auth.totp.enrol:DENIED",
    "auth.totp.enrol:SUCCESS",
    "auth.totp.verify:DENIED",
    "auth.totp.verify:SUCCESS",
    "auth.recovery-code.use:SUCCESS",
  ])
    expect(seen).toContain(expected);
});

test("a demo account's current code is shown under 演示 in demo mode and signs in", async ({ page }) => {
  await page.goto("/login/staff");
  await page.getByLabel("账号").fill("unit");
  await page.getByLabel("密码", { exact: true }).fill("demo-Pass-2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expectPath(page, "/login/second-factor");
  const demo = page.getByRole("main").getByRole("status").filter({ hasText: "演示" });
  await expect(demo).toContainText("演示账号的当前验证码");
  const shown = (await page.getByTestId("demo-totp").textContent())!.trim();
  const secret = "LIAISONPORTALDEMOSECRETJIANGZHOU"; // README, lib/demo/demo-accounts.ts
  expect([stepNow() - 1, stepNow(), stepNow() + 1].map((s) => codeFor(secret, s))).toContain(shown);
  // the half-open session is signed out everywhere else
  expect((await page.request.get("/api/me")).status()).toBe(401);
  expect((await page.request.get("/api/insight/export?measure=received")).status()).toBe(401);
  await passSecondFactor(page, "unit");
  await expectPath(page, "/unit");
  expect((await page.request.get("/api/me")).status()).toBe(200);
});
