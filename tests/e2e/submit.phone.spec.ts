import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { expectPath } from "./support/login";
import { query } from "./support/db";

test("a resident scans a station's code, signs in, raises an issue and tracks it", async ({ page }) => {
  await page.goto("/stations");
  const stationLink = page.locator("main ul li a").first();
  const stationName = (await stationLink.textContent())!;
  await stationLink.click();
  await page.getByRole("link", { name: "在本站反映问题" }).click();

  // not signed in: the sign-in page, then straight back to the form with the station filled in
  await expect(page).toHaveURL(/\/login\?next=/);
  const phone = `134${String(Date.now()).slice(-8)}`;
  await page.getByLabel("手机号").fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await page.getByLabel("短信验证码").fill((await page.getByTestId("demo-code").textContent())!.trim());
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expectPath(page, "/suggest");
  await expect(page.getByText(`在 ${stationName} 提交`)).toBeVisible();

  // bad input first: told what is wrong, what was typed is kept
  await page.getByLabel("标题").fill("灯");
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("标题至少 4 个字。")).toBeVisible();
  await expect(page.getByText("内容至少 10 个字。")).toBeVisible();
  await expect(page.getByText("请选择类别。")).toBeVisible();
  await expect(page.getByLabel("标题")).toHaveValue("灯");

  await page.getByLabel("标题").fill("小区门口路灯一个月不亮");
  await page.getByLabel("具体内容").fill("幸福里小区东门两盏路灯坏了一个多月，晚上老人出门很不方便，希望尽快修好。");
  await page.getByLabel("类别").selectOption({ label: "城市管理" });
  await page.getByLabel("对承办单位保密我的身份").check();

  // a photo over 5 MB is refused in Chinese before it is uploaded, and nothing typed is lost (decision 0041)
  const jpeg = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: "#468" } });
  const big = Buffer.concat([await jpeg(8, 8).jpeg().toBuffer(), Buffer.alloc(6 * 1024 * 1024)]);
  await page.getByLabel("照片").setInputFiles({ name: "big.jpg", mimeType: "image/jpeg", buffer: big });
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText(/^文件过大：每张照片不能超过 5 MB/)).toBeVisible();
  await expectPath(page, "/suggest");
  await expect(page.getByLabel("标题")).toHaveValue("小区门口路灯一个月不亮");

  // a phone photo with its GPS position is stored re-encoded, without it, with a thumbnail
  const photo = await jpeg(3000, 2000)
    .withExif({ IFD0: { Make: "SpyCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "30/1 15/1 0/1" } })
    .jpeg()
    .toBuffer();
  await page.getByLabel("照片").setInputFiles({ name: "\u202Egpj.exe", mimeType: "image/jpeg", buffer: photo });
  await page.getByRole("button", { name: "提交" }).click();

  await expect(page).toHaveURL(/\/track\/[2-9A-Z]{8}\?new=1$/);
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();
  const [stored] = await query<{ data: Buffer; thumbnail: Buffer | null; fileName: string }>(
    `SELECT a.data, a.thumbnail, a."fileName" FROM "Attachment" a JOIN "Suggestion" s ON s.id = a."suggestionId"
     WHERE s."trackingCode" = $1`,
    [code],
  );
  expect(stored.fileName).toBe("gpj.exe");
  const meta = await sharp(stored.data).metadata();
  expect([meta.width, meta.height, meta.exif]).toEqual([2048, 1365, undefined]);
  expect(stored.data.includes("SpyCam")).toBe(false);
  expect((await sharp(stored.thumbnail!).metadata()).format).toBe("webp");
  await expect(page.getByTestId("stage")).toHaveText("待整理");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("小区门口路灯一个月不亮");
  // nothing personal on the public page
  await expect(page.locator("main")).not.toContainText(phone.slice(-4));

  // anyone with the code can look it up
  await page.goto("/track");
  await page.getByLabel("查询码").fill(code.toLowerCase());
  await page.getByRole("button", { name: "查询" }).click();
  await expectPath(page, `/track/${code}`);
  await expect(page.getByTestId("stage")).toHaveText("待整理");

  // and it is in the resident's own list
  await page.goto("/me");
  await expect(page.getByRole("link", { name: "小区门口路灯一个月不亮" })).toBeVisible();
});

test("an unknown tracking code is explained", async ({ page }) => {
  await page.goto("/track/ZZZZZZZZ");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("没有找到这个查询码，请核对后重试。");
});
