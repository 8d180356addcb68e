// Cancelling a booking asks once more in a dialog; saying no keeps the booking, saying yes cancels it, and the
// cancelled booking offers the same session again.
import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { expectPath, signInAsResident } from "./support/login";
import { createSession, stationOf } from "./support/reception";

test("cancel asks first, 不取消 keeps the booking, and a cancelled booking offers to book again", async ({ page }) => {
  const station = await stationOf("station");
  const sessionId = await createSession(station.id, `取消确认接待${Date.now().toString(36)}`, 3 * 24 * 60);
  await signInAsResident(page, `137${String(Date.now()).slice(-8)}`);
  await page.goto(`/stations/${station.id}/sessions/${sessionId}`);
  await page.getByLabel("想反映的事项").fill("楼道灯坏了很久");
  await page.getByRole("button", { name: "确认预约" }).click();
  await expect(page).toHaveURL(/\/me\/bookings\/[2-9A-Z]{8}$/);
  const code = (await page.getByTestId("booking-code").textContent())!.trim();
  const status = async () =>
    (await query<{ status: string }>(`SELECT status FROM "Booking" WHERE code = $1`, [code]))[0].status;

  await page.getByRole("button", { name: "取消这条预约" }).click();
  const dialog = page.getByRole("dialog", { name: /确定取消这条预约吗/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "不取消" })).toBeFocused(); // the safe choice has the focus
  await dialog.getByRole("button", { name: "不取消" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "取消这条预约" })).toBeFocused(); // focus goes back
  await page.reload();
  await expect(page.getByText("已预约")).toBeVisible();
  expect(await status()).toBe("BOOKED");

  // Escape closes it too, without cancelling.
  await page.getByRole("button", { name: "取消这条预约" }).click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await status()).toBe("BOOKED");

  await page.getByRole("button", { name: "取消这条预约" }).click();
  await dialog.getByRole("button", { name: "确定取消" }).click();
  await expect(page.getByText("已取消", { exact: true })).toBeVisible();
  expect(await status()).toBe("CANCELLED");
  await page.getByRole("link", { name: "重新预约这场活动" }).click();
  await expectPath(page, `/stations/${station.id}/sessions/${sessionId}`);
  await expect(page.getByRole("button", { name: "确认预约" })).toBeVisible();
});
