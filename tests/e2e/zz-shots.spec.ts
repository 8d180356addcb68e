import { test } from "@playwright/test";
import { signInAsStaff } from "./support/login";
import { query } from "./support/db";

test("shots", async ({ browser }) => {
  const [st] = await query<{ id: number }>(`SELECT s.id FROM "Station" s JOIN "StationAdmin" sa ON sa."stationId"=s.id JOIN "User" u ON u.id=sa."userId" WHERE u.username='station' ORDER BY s.id LIMIT 1`);
  const [ses] = await query<{ id: number }>(`SELECT id FROM "ReceptionSession" WHERE "stationId"=$1 AND status='PUBLISHED' AND "startsAt">now() ORDER BY "startsAt" LIMIT 1`, [st!.id]);
  const [held] = await query<{ id: number }>(`SELECT id FROM "ReceptionSession" WHERE "stationId"=$1 AND status='HELD' ORDER BY "startsAt" DESC LIMIT 1`, [st!.id]);
  const [dep] = await query<{ deputyId: number }>(`SELECT "deputyId" FROM "User" WHERE username='deputy'`);
  for (const [w, h, tag] of [[390, 844, "p"], [1280, 900, "d"]] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await ctx.newPage();
    const shot = async (url: string, name: string) => { await page.goto(url); await page.waitForTimeout(800); await page.screenshot({ path: `/tmp/rec-shots/${name}-${tag}.png`, fullPage: true }); };
    await shot("/stations", "stations");
    await shot(`/stations/${st!.id}`, "station");
    await shot(`/stations/${st!.id}/sessions/${ses!.id}`, "session");
    await shot(`/stations/${st!.id}/poster`, "poster");
    await shot(`/deputies/${dep!.deputyId}`, "deputy");
    await signInAsStaff(page, "station");
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await shot("/station/sessions", "manage");
    await shot(`/station/sessions/${held!.id}`, "work");
    await shot("/station/summary", "summary");
    await ctx.close();
  }
});
