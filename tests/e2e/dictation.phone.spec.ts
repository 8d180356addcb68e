// Voice (issue 16): where the browser offers speech recognition, the opinion field takes dictation, added after
// what was typed; where it does not, nothing about it is shown. Real speech needs the browser vendor's online
// service, which these offline machines cannot reach, so the first test gives the page a recognizer that
// "hears" one sentence (under both names Chromium offers, SpeechRecognition and webkitSpeechRecognition); the
// page's own code is what is tested.
import { expect, test } from "@playwright/test";
import { signInAsResident } from "./support/login";

const phone = () => `135${String(Date.now()).slice(-8)}`;

test("a resident dictates part of their opinion and submits it", async ({ page }) => {
  await page.addInitScript(() => {
    class HeardOneSentence {
      lang = "";
      continuous = false;
      interimResults = false;
      onresult: ((e: unknown) => void) | null = null;
      onerror: ((e: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      start() {
        (window as unknown as { heardLang: string }).heardLang = this.lang;
        setTimeout(() => {
          const result = Object.assign([{ transcript: "晚上十点以后还在施工，噪音很大" }], { isFinal: true });
          this.onresult?.({ resultIndex: 0, results: [result] });
        }, 50);
      }
      stop() {
        setTimeout(() => this.onend?.(), 10);
      }
    }
    Object.assign(window, { SpeechRecognition: HeardOneSentence, webkitSpeechRecognition: HeardOneSentence });
  });
  await signInAsResident(page, phone());
  await page.goto("/suggest");
  await page.getByLabel("具体内容").fill("小区东门工地：");
  await page.getByRole("button", { name: "语音输入" }).click();
  await expect(page.getByRole("status").filter({ hasText: "正在听" })).toBeVisible();
  await expect(page.getByLabel("具体内容")).toHaveValue("小区东门工地：晚上十点以后还在施工，噪音很大");
  expect(await page.evaluate(() => (window as unknown as { heardLang: string }).heardLang)).toBe("zh-CN");
  await page.getByRole("button", { name: "停止语音输入" }).click();
  await expect(page.getByRole("button", { name: "语音输入" })).toHaveAttribute("aria-pressed", "false");

  await page.getByLabel("标题").fill("工地夜间施工噪音");
  await page.getByLabel("类别").selectOption({ index: 1 });
  await page.getByLabel("所在区域").selectOption({ index: 1 });
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page).toHaveURL(/\/track\/[2-9A-Z]{8}\?new=1$/);
});

test("without speech recognition in the browser, no dictation button is shown", async ({ page }) => {
  await page.addInitScript(() => {
    Object.assign(window, { webkitSpeechRecognition: undefined, SpeechRecognition: undefined });
  });
  await signInAsResident(page, phone());
  await page.goto("/suggest");
  await expect(page.getByLabel("具体内容")).toBeVisible();
  await expect(page.getByRole("button", { name: /语音输入/ })).toHaveCount(0);
});
