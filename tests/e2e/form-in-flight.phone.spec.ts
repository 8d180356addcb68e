// A form whose post never gets an answer from the portal (its instance died with the request in flight, the
// balancer answered 502, the network dropped) says that nothing was saved and keeps what was typed; pressing
// again once the portal answers saves exactly one item (issue 13; the cluster test covers an instance killed
// before the post, tests/cluster/in-flight.spec.ts).
import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { mainAlert, signInAsResident } from "./support/login";

test("a submission lost in transit is reported, keeps its text, and saves once when sent again", async ({ page }) => {
  await signInAsResident(page, `137${String(Date.now()).slice(-8)}`);
  await page.goto("/suggest");
  const title = `途中丢失${Date.now().toString(36)}`;
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("具体内容").fill(`${title}：小区路灯坏了一个多月，晚上出行不安全。`);
  await page.getByLabel("类别").selectOption({ label: "城市管理" });
  await page.getByLabel("所在区域").selectOption({ index: 1 });

  // The first press: the connection is reset before any answer, as when an instance dies mid-request.
  await page.route("**/suggest", (route) =>
    route.request().method() === "POST" ? route.abort("connectionreset") : route.continue(),
  );
  await page.getByRole("button", { name: "提交" }).click();
  await expect(mainAlert(page)).toContainText("服务暂时不可用，您填写的内容尚未保存");
  await expect(page.getByLabel("标题")).toHaveValue(title);
  const none = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Suggestion" WHERE title = $1`, [title]);
  expect(none[0].n).toBe(0);

  // The portal answers again: the same form, pressed again, saves the item once.
  await page.unroute("**/suggest");
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page).toHaveURL(/\/track\/[2-9A-Z]{8}\?new=1$/);
  const one = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Suggestion" WHERE title = $1`, [title]);
  expect(one[0].n).toBe(1);
});
