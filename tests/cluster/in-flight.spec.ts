// A form in flight when its instance dies (R7, decision 0061): a resident opens the submit form through nginx,
// the instance that served the form is killed before she presses 提交, and the submission is saved through the
// other instance — one build on every instance, so the other knows the form's action id. nginx's access log
// names the instance behind each request (scripts/lib/cluster.ts), so the test knows who served what.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { query } from "../e2e/support/db";
import { expectPath } from "../e2e/support/login";
import { newPage } from "../e2e/support/loop";

type Instance = { name: string; port: number; pidFile: string; logFile: string };
const instances = JSON.parse(process.env.CLUSTER_INSTANCES ?? "[]") as Instance[];
const accessLog = () =>
  readFileSync(path.join(process.env.CLUSTER_LOG_DIR!, "nginx", "nginx-access.log"), "utf8").split("\n");
const pidOf = (i: Instance) => Number(readFileSync(i.pidFile, "utf8"));
/** The instances nginx tried for the last logged request matching `request`, in order. */
const upstreamsOf = (request: RegExp) => {
  const line = accessLog().findLast((l) => request.test(l));
  const tried = /upstream=([^ ]+(?:, [^ ]+)*) upstream_status/.exec(line ?? "")?.[1] ?? "";
  return tried
    .split(", ")
    .map((addr) => instances.find((i) => addr.endsWith(`:${i.port}`))?.name)
    .filter(Boolean);
};
const gone = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return true;
  }
};
const healthy = async (i: Instance) => {
  try {
    return (await fetch(`http://127.0.0.1:${i.port}/api/health`)).ok;
  } catch {
    return false;
  }
};

test.describe.configure({ timeout: 180_000 });

test("a form served by one instance and sent after that instance died is saved through the other", async ({
  browser,
}) => {
  expect(instances.map((i) => i.name)).toEqual(["web-a", "web-b"]);
  // An earlier test killed an instance; the harness has started it again.
  await expect
    .poll(async () => (await Promise.all(instances.map(healthy))).every(Boolean), { timeout: 90_000 })
    .toBe(true);

  const page = await newPage(browser, true);
  const mark = Date.now().toString(36);
  const form = `/suggest?inflight=${mark}`;
  await page.goto(`/login?next=${encodeURIComponent(form)}`);
  await page.getByLabel("手机号").fill(`136${String(Date.now()).slice(-8)}`);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await page.getByLabel("短信验证码").fill((await page.getByTestId("demo-code").textContent())!.trim());
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expectPath(page, "/suggest");

  // The form, loaded as a whole page: one instance served it.
  const mark2 = `${mark}x`;
  await page.goto(`/suggest?inflight=${mark2}`);
  await page.waitForLoadState("networkidle"); // the form's script, so it is sent as a server action
  const [servedBy] = upstreamsOf(new RegExp(`"GET /suggest\\?inflight=${mark2} `));
  expect(servedBy).toBeDefined();
  const server = instances.find((i) => i.name === servedBy)!;
  const other = instances.find((i) => i.name !== servedBy)!;

  const title = `集群在途表单${mark}`;
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("具体内容").fill(`${title}：表单打开后，提供它的实例宕机了，提交仍应成功。`);
  await page.getByLabel("类别").selectOption({ label: "城市管理" });
  await page.getByLabel("所在区域").selectOption({ index: 1 });

  // The instance that served the form dies; the person, unaware, presses 提交.
  const killed = pidOf(server);
  process.kill(killed, "SIGKILL");
  // Gone, not dying: a post that reaches a process in its last milliseconds is lost with it, and nginx rightly
  // does not send a POST twice (that case is the generic "操作没有完成，请稍后再试" with nothing saved).
  await expect.poll(() => gone(killed), { timeout: 10_000, intervals: [20] }).toBe(true);
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page).toHaveURL(/\/track\/[2-9A-Z]{8}\?new=1$/);
  await expect(page.getByTestId("tracking-code")).toHaveText(/^[2-9A-Z]{8}$/);

  // The form's post (a server action) was answered by the other instance, whose build knows the action id.
  const posted = upstreamsOf(/"POST \/suggest[? ]/);
  expect(posted.at(-1)).toBe(other.name);
  const [row] = await query<{ n: number; events: number }>(
    `SELECT count(*)::int AS n, min((SELECT count(*) FROM "SuggestionEvent" e WHERE e."suggestionId" = s.id))::int AS events
     FROM "Suggestion" s WHERE s.title = $1`,
    [title],
  );
  expect(row).toEqual({ n: 1, events: 1 });

  // And the dead instance is back, under a new process, as `npm start` would bring it back.
  await expect.poll(() => pidOf(server), { timeout: 60_000 }).not.toBe(killed);
  await expect.poll(() => healthy(server), { timeout: 90_000 }).toBe(true);
});
