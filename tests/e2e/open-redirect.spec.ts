// Open-redirect payloads in `next` after a real sign-in never take the browser off the site (decision 0031).
// Asserts only that the browser stays on the origin, so a later step after the password (a second factor)
// does not change what this checks.
import { expect, test } from "@playwright/test";

const PAYLOADS = [
  "%2F%09%2Fevil.example%2Fphish",
  "%2F%2Fevil.example",
  "%2F%5Cevil.example",
  "https%3A%2F%2Fevil.example",
  "javascript%3Aalert(document.domain)",
  "%2F.%2F%2Fevil.example",
];

test.describe("redirects after sign-in", () => {
  for (const payload of PAYLOADS) {
    test(`next=${payload} stays on the site`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) foreign.push(r.url());
      });
      await page.goto(`/login/staff?next=${payload}`);
      await page.getByLabel("账号").fill("staff");
      await page.getByLabel("密码", { exact: true }).fill("demo-Pass-2026");
      await page.getByRole("button", { name: "登录" }).click();
      await page.waitForURL((u) => u.pathname !== "/login/staff", { timeout: 15_000 }).catch(() => {});
      await page.waitForLoadState("load");
      expect(new URL(page.url()).origin).toBe(origin);
      expect(foreign).toEqual([]);
    });
  }

  test("/go answers a relative redirect, whatever the Host", async ({ request }) => {
    const res = await request.get("/go", { maxRedirects: 0, headers: { host: "portal.example.gov.cn" } });
    expect(res.status()).toBe(303);
    expect(res.headers()["location"]).toBe("/login/staff");
  });

  test("every page says it is the demo, politely", async ({ page }) => {
    for (const path of ["/", "/login", "/stations"]) {
      await page.goto(path);
      const banner = page.getByRole("note", { name: "演示环境提示" });
      await expect(banner).toBeVisible();
      await expect(banner).toContainText("演示环境");
    }
    await expect(page.getByRole("alert").filter({ hasText: "演示环境" })).toHaveCount(0);
  });
});
