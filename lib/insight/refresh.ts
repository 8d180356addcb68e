// Rebuilds the dashboards' figures from the live tables: the fact table (CONCURRENTLY keeps it readable meanwhile;
// it needs the unique index on id), then the monthly sums of its settled measures ("InsightMonthly", decision
// 0023) and the yearly sums of those ("InsightYearly", 0024), then the stamp that says when. All in one
// transaction, so a dashboard that reads years, months and days from the three never mixes two rebuilds. Run by
// the job runner every five minutes (insight.refresh) and after the demo seed; safe to run any number of times
// (R5). Takes the client so the seed and the benchmark can pass their own (no lib/db.ts import here).
import { Prisma } from "../generated/prisma/client.ts";
import { SUMMABLE_COLUMNS, summableSelect, summedColumns } from "./measures.ts";

/**
 * The Setting that says when the figures were last rebuilt. Written only with the sums, in their transaction:
 * while it is missing (a fresh database, or right after the upgrade that added the sums, whose
 * earlier stamp was "InsightFact_refreshed") the dashboards count every day from the fact rows instead.
 * Never removed: a dashboard that has read it once can rely on the sums being there (dashboard.ts).
 */
export const REFRESHED_KEY = "Insight_refreshed";

export type Tx = { $executeRaw(query: Prisma.Sql): Promise<number> };
export type RefreshClient = Tx & {
  $transaction<T>(fn: (tx: Tx) => Promise<T>, opts: { timeout: number; maxWait: number }): Promise<T>;
};

const COLUMNS = Prisma.raw(SUMMABLE_COLUMNS.map((k) => `"${k}"`).join(", "));

export async function refreshInsight(client: RefreshClient): Promise<Date> {
  const at = new Date();
  // At a million items the fact table takes tens of seconds to rebuild (docs/performance.md).
  await client.$transaction(
    async (tx) => {
      await tx.$executeRaw(Prisma.sql`REFRESH MATERIALIZED VIEW CONCURRENTLY "InsightFact"`);
      await rebuildSums(tx, at);
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
  // Marks the rewritten pages all-visible, so counting overdue items stays an index-only scan, and clears the
  // sums' deleted rows. (Outside the transaction: VACUUM cannot run inside one.)
  await client.$executeRaw(Prisma.sql`VACUUM "InsightFact", "InsightMonthly", "InsightYearly"`);
  return at;
}

/**
 * The monthly and yearly sums from the fact table as it stands, and the stamp; inside the caller's transaction.
 * "overdue" is counted as of the stamp's time `at`; a dashboard read later adds the items that fell due since
 * (dashboard.ts). Written in the order of their key's index (region, then date), so a region's rows for a run of
 * years or months lie on a few pages together instead of one or two on each of hundreds.
 */
export async function rebuildSums(tx: Tx, at: Date): Promise<void> {
  await tx.$executeRaw(Prisma.sql`DELETE FROM "InsightMonthly"`);
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "InsightMonthly" ("month", "regionId", "regionPath", "categoryId", "leadUnitId", ${COLUMNS})
    SELECT date_trunc('month', f."submittedOn")::date, f."regionId", f."regionPath", f."categoryId", f."leadUnitId", ${summableSelect(at)}
    FROM "InsightFact" f
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY f."regionPath" COLLATE "C", 1`);
  await tx.$executeRaw(Prisma.sql`DELETE FROM "InsightYearly"`);
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "InsightYearly" ("year", "regionId", "regionPath", "categoryId", "leadUnitId", ${COLUMNS})
    SELECT date_trunc('year', m."month")::date, m."regionId", m."regionPath", m."categoryId", m."leadUnitId", ${summedColumns("m")}
    FROM "InsightMonthly" m
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY m."regionPath" COLLATE "C", 1`);
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "Setting" (key, value, "updatedAt") VALUES (${REFRESHED_KEY}, to_jsonb(${at.toISOString()}::text), now())
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`);
}
