// How long the staff's reception list takes against the demo data (issue 16: one 8,200 px table, 1.3 s).
// Prints the median of five server-rendered loads and the page's height, so a change can be compared.
import { test, expect } from "@playwright/test";
import { signInAsStaff } from "./support/login";

test("staff sessions page: time and height", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAsStaff(page, "staff");
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = Date.now();
    const res = await page.request.get("/staff/sessions");
    expect(res.ok()).toBe(true);
    await res.text();
    times.push(Date.now() - started);
  }
  await page.goto("/staff/sessions");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  times.sort((a, b) => a - b);
  console.log(`staff sessions: median ${times[2]} ms (${times.join(", ")}), height ${height} px`);
});
