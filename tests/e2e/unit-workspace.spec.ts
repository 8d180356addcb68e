// The unit's own name heads its workspace, not only the role.
import { expect, test } from "@playwright/test";
import { signInAsStaff } from "./support/login";

test("the unit's workspace is headed with the unit's name", async ({ page }) => {
  await signInAsStaff(page, "unit");
  await page.goto("/unit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("承办单位工作台 · 江州市教育局");
});
