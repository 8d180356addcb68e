// Reception fixtures for the browser tests: sessions made for a test at the demo station admin's and the demo
// deputy's stations, and reading a QR code off the screen.
import type { Locator } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { query } from "./db";

/** Decodes the QR code shown in an element, from a screenshot of it. */
export async function decodeQr(el: Locator): Promise<string | null> {
  const png = PNG.sync.read(await el.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

export async function stationOf(
  username: "station" | "deputy",
): Promise<{ id: number; name: string; deputyId: number | null }> {
  const [row] =
    username === "station"
      ? await query<{ id: number; name: string; deputyId: number | null }>(
          `SELECT s.id, s.name, NULL::int AS "deputyId" FROM "Station" s JOIN "StationAdmin" sa ON sa."stationId" = s.id JOIN "User" u ON u.id = sa."userId" WHERE u.username = 'station' ORDER BY s.id LIMIT 1`,
        )
      : await query<{ id: number; name: string; deputyId: number | null }>(
          `SELECT s.id, s.name, u."deputyId" FROM "Station" s JOIN "StationDeputy" sd ON sd."stationId" = s.id JOIN "User" u ON u."deputyId" = sd."deputyId" WHERE u.username = 'deputy' ORDER BY s.id LIMIT 1`,
        );
  return row;
}

/** A published session at a station, starting `startsInMinutes` from now, with two of its deputies free at that hour on duty (the given one first). */
export async function createSession(
  stationId: number,
  theme: string,
  startsInMinutes: number,
  deputyId?: number | null,
): Promise<number> {
  const [s] = await query<{ id: number }>(
    `INSERT INTO "ReceptionSession" ("stationId","startsAt","endsAt","theme","capacity","status","publishedAt","updatedAt")
     VALUES ($1, now() + make_interval(mins => $2), now() + make_interval(mins => $2 + 120), $3, 5, 'PUBLISHED', now() - interval '3 days', now()) RETURNING id`,
    [stationId, startsInMinutes, theme],
  );
  await query(
    `INSERT INTO "SessionDeputy" ("sessionId","deputyId")
     SELECT s.id, sd."deputyId" FROM "StationDeputy" sd JOIN "ReceptionSession" s ON s.id = $1
     WHERE sd."stationId" = $2
       -- a deputy is on duty at one place at a time (decision 0069): only those free at that hour
       AND NOT EXISTS (SELECT 1 FROM deputy_duty_clashes(ARRAY[sd."deputyId"], s."startsAt", s."endsAt", s.id))
     ORDER BY (sd."deputyId" = $3) DESC NULLS LAST, sd."deputyId" LIMIT 2`,
    [s.id, stationId, deputyId ?? -1],
  );
  return s.id;
}
