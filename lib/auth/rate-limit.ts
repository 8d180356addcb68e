// Fixed-window counters in PostgreSQL, shared by every server process. One statement counts and reads,
// so concurrent requests cannot both slip under the limit.
import { db } from "../db.ts";

export type Limit = { key: string; windowSeconds: number; max: number };

/** Counts one hit against each limit and returns the first one exceeded, or null. */
export async function hitLimits(limits: readonly Limit[], now = new Date()): Promise<Limit | null> {
  let exceeded: Limit | null = null;
  for (const limit of limits) {
    const windowMs = limit.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    const rows = await db.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimitHit" ("key", "windowStart", "count") VALUES (${limit.key}, ${windowStart}, 1)
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitHit"."count" + 1
      RETURNING "count"`;
    if ((rows[0]?.count ?? 0) > limit.max && !exceeded) exceeded = limit;
  }
  return exceeded;
}

/** Reads without counting, for limits that only failures should consume. */
export async function isOverLimit(limit: Limit, now = new Date()): Promise<boolean> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const row = await db.rateLimitHit.findUnique({ where: { key_windowStart: { key: limit.key, windowStart } } });
  return (row?.count ?? 0) >= limit.max;
}
