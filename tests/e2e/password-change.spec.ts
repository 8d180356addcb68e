import { expect, test } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { expectPath, signInAsStaff } from "./support/login";
import { query } from "./support/db";

test("a one-time password must be replaced first; the change ends the session and the new one works", async ({
  page,
  context,
}) => {
  const username = `firstadmin${Date.now()}`;
  const oneTime = "Tq7wXz9KmPa2RsLv8Bn3";
  await query(
    `INSERT INTO "User" ("role","name","username","passwordHash","mustChangePassword","updatedAt") VALUES ('SYSTEM_ADMIN','新管理员',$1,$2,true,now())`,
    [username, await hash(oneTime, { algorithm: 2, memoryCost: 47104, timeCost: 1, parallelism: 1 })],
  );
  await signInAsStaff(page, username, oneTime);
  await expectPath(page, "/account/password");
  await expect(page.getByText("您正在使用一次性密码")).toBeVisible();
  // the admin area is closed until the password is changed
  await page.goto("/admin");
  await expectPath(page, "/account/password");

  await page.getByLabel("当前密码").fill(oneTime);
  await page.getByLabel("新密码", { exact: true }).fill("renda-harbor-2026");
  await page.getByLabel("再次输入新密码").fill("renda-harbor-2026");
  await page.getByRole("button", { name: "保存新密码" }).click();
  await expect(page.getByText(/不能包含“人大”“代表”/)).toBeVisible();

  const cookies = await context.cookies();
  await page.getByLabel("当前密码").fill(oneTime);
  await page.getByLabel("新密码", { exact: true }).fill("quiet-Meadow-lamp-2261");
  await page.getByLabel("再次输入新密码").fill("quiet-Meadow-lamp-2261");
  await page.getByRole("button", { name: "保存新密码" }).click();
  await expectPath(page, "/login/staff");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("密码已修改，请用新密码重新登录。");
  await context.addCookies(cookies);
  expect((await page.request.get("/api/me")).status()).toBe(401);

  await signInAsStaff(page, username, "quiet-Meadow-lamp-2261");
  await expectPath(page, "/admin");
});
