// A form in flight survives the instance that served it (decision 0061): a resident opens the submit form
// through the balancer, the instance that served the form dies before she presses 提交, and her post is answered
// by the other instance — the same build, so the same action ids — with exactly one item saved. The harness
// restarts the killed instance after its back-off, as `npm start` would.
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { query } from "../e2e/support/db";
import { expectPath } from "../e2e/support/login";
import { newPage } from "../e2e/support/loop";

type Instance = { name: string; port: number; pidFile: string; logFile: string };
const instances = JSON.parse(process.env.CLUSTER_INSTANCES ?? "[]") as Instance[];
const accessLog = () =>
  readFileSync(path.join(process.env.CLUSTER_LOG_DIR ?? "", "nginx", "nginx-access.log"), "utf8").split("\n");

/** Resolves once nothing accepts connections on the port (the killed process's socket is gone). */
async function portClosed(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, "127.0.0.1");
      s.once("connect", () => {
        s.destroy();
        resolve(true);
      });
      s.once("error", () => resolve(false));
    });
    if (!open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`port ${port} still accepts connections`);
}

test.describe.configure({ timeout: 240_000 });

test("a form served by an instance that then dies is saved by the other instance", async ({ browser }) => {
  const page = await newPage(browser, true);
  const phone = `136${String(Date.now()).slice(-8)}`;
  await page.goto(`/login?next=${encodeURIComponent("/suggest")}`);
  await page.getByLabel("手机号").fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await page.getByLabel("短信验证码").fill((await page.getByTestId("demo-code").textContent())!.trim());
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expectPath(page, "/suggest");

  const title = `在途表单${Date.now().toString(36)}`;
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("具体内容").fill(`${title}：路灯不亮，晚上行走不便，请尽快修复。`);
  await page.getByLabel("类别").selectOption({ label: "城市管理" });
  await page.getByLabel("所在区域").selectOption({ index: 1 });

  // The instance that served the form (nginx's log names the upstream of the last GET /suggest).
  const formLine = accessLog()
    .filter((l) => l.includes('"GET /suggest'))
    .at(-1);
  const servedBy = instances.find((i) => formLine?.includes(`upstream=127.0.0.1:${i.port}`));
  expect(servedBy, `the form's instance in: ${formLine}`).toBeDefined();
  process.kill(Number(readFileSync(servedBy!.pidFile, "utf8")), "SIGKILL");
  await portClosed(servedBy!.port);

  await page.getByRole("button", { name: "提交" }).click();
  await expect(page).toHaveURL(/\/track\/[2-9A-Z]{8}\?new=1$/, { timeout: 30_000 });

  const rows = await query<{ events: number }>(
    `SELECT (SELECT count(*)::int FROM "SuggestionEvent" e WHERE e."suggestionId" = s.id) AS events
     FROM "Suggestion" s WHERE s.title = $1`,
    [title],
  );
  expect(rows).toHaveLength(1);
  expect(rows[0].events).toBeGreaterThanOrEqual(1);
  // The post went to the instance still alive (after nginx, perhaps, found the dead one refusing).
  const other = instances.find((i) => i !== servedBy)!;
  const postLine = accessLog()
    .filter((l) => l.includes('"POST /suggest'))
    .at(-1);
  expect(postLine).toContain(`upstream_status=`);
  expect(postLine?.split("upstream=")[1]?.split(" ")[0].split(", ").at(-1)).toBe(`127.0.0.1:${other.port}`);
});
