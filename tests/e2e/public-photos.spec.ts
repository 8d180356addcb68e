// Staff put up a station's photo and a deputy's in the browser; the public station page and the deputy's profile
// show them, described for screen readers, served by content id with a year's caching (decision 0056).
// Screenshots at phone and desktop widths go to test-results/ for a person to look at.
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { expectPath, signInAsStaff } from "./support/login";

test.describe.configure({ timeout: 180_000 });

/** A plausible photo: sky, a building with windows and a door, and the camera's EXIF with a GPS position. */
async function picture(width: number, height: number, hue: string) {
  const windows = Array.from({ length: 6 }, (_, i) => {
    const x = Math.round(width * (0.2 + (i % 3) * 0.22));
    const y = Math.round(height * (0.38 + Math.floor(i / 3) * 0.18));
    return `<rect x="${x}" y="${y}" width="${Math.round(width * 0.12)}" height="${Math.round(height * 0.1)}" fill="#dbeafe"/>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7dd3fc"/><stop offset="1" stop-color="#e0f2fe"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#s)"/>
    <rect x="${width * 0.12}" y="${height * 0.25}" width="${width * 0.76}" height="${height * 0.75}" fill="${hue}"/>
    <rect x="${width * 0.12}" y="${height * 0.2}" width="${width * 0.76}" height="${height * 0.07}" fill="#b91c1c"/>
    ${windows}
    <rect x="${width * 0.44}" y="${height * 0.78}" width="${width * 0.12}" height="${height * 0.22}" fill="#78350f"/>
  </svg>`;
  return sharp(Buffer.from(svg))
    .withExif({ IFD0: { Make: "SpyCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "30/1 15/1 0/1" } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function expectShown(page: Page, alt: string) {
  const img = page.getByRole("img", { name: alt });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  return img;
}

test("staff put up a station's and a deputy's photo; the public pages show them", async ({ page }) => {
  await signInAsStaff(page, "staff");
  await expectPath(page, "/staff");

  // A station of the staff member's region.
  await page.goto("/staff/stations?state=open");
  await page.locator('main a[href^="/staff/stations/"]:not([href$="/import"])').first().click();
  await page.waitForURL(/\/staff\/stations\/\d+$/);
  const stationId = new URL(page.url()).pathname.split("/").pop();
  const photoCard = page
    .locator("section, div")
    .filter({ has: page.getByRole("button", { name: /上传照片|更换照片/ }) });
  await page.getByLabel("选择照片").setInputFiles({
    name: "IMG_2031.jpg",
    mimeType: "image/jpeg",
    buffer: await picture(3000, 2000, "#f5f5f4"),
  });
  await page.getByLabel("照片内容说明").first().fill("联络站正门和门前广场");
  await photoCard
    .last()
    .getByRole("button", { name: /上传照片|更换照片/ })
    .click();
  await expect(page.getByText("照片已保存。")).toBeVisible();
  await page.reload();
  await expectShown(page, "联络站正门和门前广场");

  await page.goto(`/stations/${stationId}`);
  const img = await expectShown(page, "联络站正门和门前广场");
  const src = await img.getAttribute("src");
  expect(src).toMatch(/^\/api\/photos\/[0-9a-f]{32}$/);
  const res = await page.request.get(src!);
  expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const bytes = await res.body();
  expect(bytes.includes("SpyCam")).toBe(false);
  expect(bytes.length).toBeLessThanOrEqual(600 * 1024);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "test-results/public-station-photo-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/public-station-photo-phone.png", fullPage: true });

  // A deputy who sits at that station, from the public page's list.
  await page.setViewportSize({ width: 1280, height: 900 });
  const deputyHref = await page.locator('main a[href^="/deputies/"]').first().getAttribute("href");
  const deputyId = deputyHref!.split("/").pop();
  await page.goto(`/staff/deputies/${deputyId}/edit`);
  await page.getByLabel("选择照片").setInputFiles({
    name: "portrait.png",
    mimeType: "image/png",
    buffer: await sharp(await picture(600, 800, "#fde68a"))
      .png()
      .toBuffer(),
  });
  await page.getByRole("button", { name: /上传照片|更换照片/ }).click();
  await expect(page.getByText("照片已保存。")).toBeVisible();

  await page.goto(`/deputies/${deputyId}`);
  const name = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  await expectShown(page, `${name}的照片`);
  await page.screenshot({ path: "test-results/public-deputy-photo-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/public-deputy-photo-phone.png", fullPage: true });
  await page.goto(`/stations/${stationId}`);
  await page.screenshot({ path: "test-results/public-station-photo-phone-deputies.png", fullPage: true });
});
