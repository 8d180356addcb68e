// Sliding-window counters in PostgreSQL, shared by every server process (decision 0031). Each hit is a row
// stamped with its own time (rows that land on the same millisecond add up), and a limit counts the hits in
// the last `windowSeconds` — so "1 a minute" means 60 seconds between codes, not "one per clock minute" with a
// second one allowed a moment later across the boundary, as the old fixed windows did.
// The hit is written before it is counted: two concurrent requests can both be refused, never both let through.
import { db } from "../db.ts";

export type Limit = { key: string; windowSeconds: number; max: number };

/** The longest window any limit uses; older rows are deleted now and then. */
const KEEP_MS = 2 * 86_400_000;

async function record(key: string, at: Date): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "RateLimitHit" ("key", "windowStart", "count") VALUES (${key}, ${at}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitHit"."count" + 1`;
}

/** Hits for `key` in the window ending at `now` (including any just recorded). */
export async function countHits(limit: Limit, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - limit.windowSeconds * 1000);
  const rows = await db.$queryRaw<{ n: bigint | null }[]>`
    SELECT SUM("count")::bigint AS n FROM "RateLimitHit"
    WHERE "key" = ${limit.key} AND "windowStart" > ${since} AND "windowStart" <= ${now}`;
  return Number(rows[0]?.n ?? 0);
}

/** Counts one hit against each limit and returns the first one exceeded, or null. */
export async function hitLimits(limits: readonly Limit[], now = new Date()): Promise<Limit | null> {
  let exceeded: Limit | null = null;
  for (const limit of limits) {
    await record(limit.key, now);
    if ((await countHits(limit, now)) > limit.max && !exceeded) exceeded = limit;
  }
  if (Math.random() < 0.01) await pruneRateLimits(now);
  return exceeded;
}

/** Reads without counting, for limits that only failures should consume: true when one more would pass `max`. */
export async function isOverLimit(limit: Limit, now = new Date()): Promise<boolean> {
  return (await countHits(limit, now)) >= limit.max;
}

/** Forgets hits older than any window (called now and then by hitLimits; safe to call any time). */
export async function pruneRateLimits(now = new Date()): Promise<number> {
  return db.rateLimitHit
    .deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - KEEP_MS) } } })
    .then((r) => r.count);
}
