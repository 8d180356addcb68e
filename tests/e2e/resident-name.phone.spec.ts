// A resident gives the name the portal calls them by, or goes back to 居民NNNN; residents meet resident words.
import { expect, test } from "@playwright/test";
import { signInAsResident } from "./support/login";

test("a resident chooses a name, and can go back to 居民NNNN", async ({ page }) => {
  const phone = `135${String(Date.now()).slice(-8)}`;
  await signInAsResident(page, phone);
  const fallback = `居民${phone.slice(-4)}`;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`您好，${fallback}`);
  await expect(page.getByRole("link", { name: /我的预约和意见/ })).toBeVisible();
  await expect(page.getByText("我的工作台")).toHaveCount(0);

  await page.getByLabel("称呼", { exact: true }).fill("王阿姨");
  await page.getByRole("button", { name: "保存称呼" }).click();
  await expect(page.getByText("称呼已保存。")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("您好，王阿姨");

  await page.getByRole("button", { name: `不留名字，用“${fallback}”` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`您好，${fallback}`);
});
