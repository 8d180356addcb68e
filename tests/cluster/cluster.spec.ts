// R7 through a real load balancer: nginx round-robin over two web instances of one build, and a separate
// worker (scripts/cluster-e2e.ts). The suggestion loop and a booking are walked through the balancer; requests
// land on both instances (their own logs say so); then one instance is killed in the middle of the walk and
// the rest completes through the other, with nothing half-written. (The harness restarts a killed instance, as
// `npm start` does: tests/cluster/in-flight.spec.ts relies on that.)
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { query } from "../e2e/support/db";
import { expectPath } from "../e2e/support/login";
import {
  act,
  idOf,
  leadUnitReplies,
  newPage,
  residentSubmits,
  staffAcceptsAndAssigns,
  staffOpens,
  staffSignsIn,
} from "../e2e/support/loop";
import { createSession, stationOf } from "../e2e/support/reception";

type Instance = { name: string; pidFile: string; logFile: string };
const instances = JSON.parse(process.env.CLUSTER_INSTANCES ?? "[]") as Instance[];
const served = (name: string) =>
  readFileSync(instances.find((i) => i.name === name)!.logFile, "utf8")
    .split("\n")
    .filter((l) => l.startsWith(`[${name}] `));

test.describe.configure({ timeout: 240_000 });

async function residentBooks(page: Page, stationId: number, sessionId: number): Promise<string> {
  const phone = `135${String(Date.now()).slice(-8)}`;
  await page.goto(`/login?next=${encodeURIComponent(`/stations/${stationId}/sessions/${sessionId}`)}`);
  await page.getByLabel("手机号").fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await page.getByLabel("短信验证码").fill((await page.getByTestId("demo-code").textContent())!.trim());
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expectPath(page, `/stations/${stationId}/sessions/${sessionId}`);
  await page.getByLabel("想反映的事项").fill("老旧小区加装电梯");
  await page.getByRole("button", { name: "确认预约" }).click();
  await expect(page).toHaveURL(/\/me\/bookings\/[2-9A-Z]{8}$/);
  return (await page.getByTestId("booking-code").textContent())!.trim();
}

test("the loop and a booking go through the balancer to both instances, and survive losing one of them", async ({
  browser,
}) => {
  expect(instances.map((i) => i.name)).toEqual(["web-a", "web-b"]);

  const resident = await newPage(browser, true);
  const code = await residentSubmits(resident, "小区东门积水严重");
  const id = await idOf(code);
  const staff = await newPage(browser);
  await staffSignsIn(staff, "staff");
  await staffAcceptsAndAssigns(staff, id, "江州市教育局");

  const station = await stationOf("station");
  const sessionId = await createSession(station.id, `集群接待${Date.now().toString(36)}`, 3 * 24 * 60);
  const booker = await newPage(browser, true);
  const bookingCode = await residentBooks(booker, station.id, sessionId);

  // Round-robin: both instances have served this walk so far, forms included (server actions are POSTs).
  for (const name of ["web-a", "web-b"]) {
    expect(served(name).length, `${name} served requests`).toBeGreaterThan(3);
    expect(
      served(name).some((l) => l.includes(" POST ")),
      `${name} handled a form`,
    ).toBe(true);
  }

  // web-b dies in the middle of the walk; the walk goes on through web-a (web-b comes back after a while).
  process.kill(Number(readFileSync(instances.find((i) => i.name === "web-b")!.pidFile, "utf8")), "SIGKILL");
  const before = served("web-a").length;

  const unit = await newPage(browser);
  await staffSignsIn(unit, "unit");
  await leadUnitReplies(unit, id, "A", "已疏通东门排水管道，积水问题已解决。");
  await staffOpens(staff, id);
  await act(staff, "反馈提出人", "答复已反馈提出人。");
  await resident.goto(`/track/${code}`);
  await resident.getByRole("radio", { name: "满意", exact: true }).check();
  await resident.getByRole("button", { name: "提交评价" }).click();
  await expect(resident.getByTestId("stage")).toHaveText("已办结");

  await booker.goto(`/me/bookings/${bookingCode}`);
  await expect(booker.getByText("已预约")).toBeVisible();
  expect(served("web-a").length).toBeGreaterThan(before + 5);

  // Nothing half-written: the item's every step is recorded, and the booking counts toward its session.
  const [item] = await query<{ status: string; events: number; evaluations: number }>(
    `SELECT s.status, (SELECT count(*)::int FROM "SuggestionEvent" e WHERE e."suggestionId" = s.id) AS events,
            (SELECT count(*)::int FROM "Evaluation" v WHERE v."suggestionId" = s.id) AS evaluations
     FROM "Suggestion" s WHERE s.id = $1`,
    [id],
  );
  expect(item).toMatchObject({ status: "CLOSED", evaluations: 1 });
  expect(item.events).toBeGreaterThanOrEqual(5);
  const [booked] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Booking" WHERE "sessionId" = $1 AND status = 'BOOKED'`,
    [sessionId],
  );
  expect(booked.n).toBe(1);
});
