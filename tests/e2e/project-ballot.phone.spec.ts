import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { signInAsStaff } from "./support/login";

/** A round of the demo deputy's congress at the vote: 3 candidates for 2 places, the deputy marked present. */
async function roundAtTheVote(title: string) {
  const [m] = await query<{ deputyId: number; level: string; term: number; regionId: number }>(
    `SELECT m."deputyId", m.level::text, m.term, m."regionId" FROM "User" u
     JOIN "DeputyMandate" m ON m."deputyId" = u."deputyId" WHERE u.username = 'deputy' ORDER BY m.id LIMIT 1`,
  );
  const [unit] = await query<{ id: number }>(`SELECT id FROM "HandlingUnit" ORDER BY id LIMIT 1`);
  const [staff] = await query<{ id: number }>(`SELECT id FROM "User" WHERE username = 'staff'`);
  const [round] = await query<{ id: number }>(
    `INSERT INTO "ProjectRound" ("regionId", level, term, year, title, "collectFrom", "collectUntil", places, dimensions, "createdById")
     VALUES ($1, $2::"DeputyLevel", $3, 2027, $4, CURRENT_DATE - 30, CURRENT_DATE - 10, 2, ARRAY['进度','质量'], $5) RETURNING id`,
    [m.regionId, m.level, m.term, title, staff.id],
  );
  const names = ["新建社区养老服务中心", "老旧小区雨污分流改造", "中小学校门口护学通道"];
  for (const name of names) {
    const [c] = await query<{ id: number }>(
      `INSERT INTO "ProjectCandidate" ("roundId", title, description, "unitId", "costWan")
       VALUES ($1, $2, '在街道辖区内实施，惠及周边居民。', $3, 150) RETURNING id`,
      [round.id, name, unit.id],
    );
    await query(`INSERT INTO "ProjectTally" ("candidateId", "roundId") VALUES ($1, $2)`, [c.id, round.id]);
  }
  await query(
    `UPDATE "ProjectRound" SET status = 'BALLOT', "votingOpensAt" = now() - interval '1 minute' WHERE id = $1`,
    [round.id],
  );
  await query(`INSERT INTO "ProjectAttendance" ("roundId", "deputyId") VALUES ($1, $2)`, [round.id, m.deputyId]);
  return { roundId: round.id, names };
}

test("a deputy votes on a phone, sees the receipt, and the receipt checks as counted", async ({ page }) => {
  test.setTimeout(120_000); // signing in through the second factor and the first compile of each page on a busy machine
  const title = `民生实事票决${Date.now().toString(36)}`;
  const { roundId, names } = await roundAtTheVote(title);
  await signInAsStaff(page, "deputy");
  await page.goto("/deputy/ballots");
  await page.locator("section, div", { hasText: title }).getByRole("link", { name: "去投票" }).first().click();
  await page.waitForURL((u) => u.pathname === `/deputy/ballots/${roundId}`);
  await page.waitForLoadState("networkidle");

  const row = (name: string) => page.getByRole("group", { name: new RegExp(name) });
  await row(names[0]).getByLabel("赞成").check();
  await row(names[1]).getByLabel("赞成").check();
  await expect(page.getByText("已选赞成 2/2")).toBeVisible();
  // A third 赞成 is not offered once N are chosen.
  await expect(row(names[2]).getByLabel("赞成")).toBeDisabled();
  await row(names[2]).getByLabel("反对").check();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/project-ballot-phone.png", fullPage: true });

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "提交选票" }).click();
  await expect(page.getByRole("heading", { name: "投票成功" })).toBeVisible();
  const receipt = (await page.getByTestId("ballot-receipt").textContent())!.trim();
  expect(receipt).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
  await page.screenshot({ path: "test-results/project-ballot-receipt-phone.png", fullPage: true });

  // Counted: one participation, every candidate's counters moved once; and the receipt says so.
  const tallies = await query<{ s: number }>(
    `SELECT "onlineYes" + "onlineNo" + "onlineAbstain" AS s FROM "ProjectTally" WHERE "roundId" = $1`,
    [roundId],
  );
  expect(tallies.map((t) => t.s)).toEqual([1, 1, 1]);
  await page.goto(`/projects/receipt?code=${receipt}`);
  await expect(page.getByText(`该选票已计入“${title}”的票数。`)).toBeVisible();

  // Back on the ballot: it cannot be cast again.
  await page.goto(`/deputy/ballots/${roundId}`);
  await expect(page.getByText("已投票")).toBeVisible();
  await expect(page.getByRole("button", { name: "提交选票" })).toHaveCount(0);
});
