// Rebuilds the dashboards' fact table from the live tables. CONCURRENTLY keeps it readable meanwhile (it needs
// the unique index on id). Run by the job runner every five minutes (insight.refresh) and after the demo seed;
// safe to run any number of times (R5). Takes the client so the seed can pass its own (no lib/db.ts import here).

/** The Setting that says when the figures were last rebuilt. */
export const REFRESHED_KEY = "InsightFact_refreshed";

type RawExec = { $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> };

export async function refreshInsight(client: RawExec): Promise<Date> {
  const at = new Date();
  await client.$executeRawUnsafe(`REFRESH MATERIALIZED VIEW CONCURRENTLY "InsightFact"`);
  await client.$executeRawUnsafe(
    `INSERT INTO "Setting" (key, value, "updatedAt") VALUES ($1, to_jsonb($2::text), now())
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
    REFRESHED_KEY,
    at.toISOString(),
  );
  return at;
}
