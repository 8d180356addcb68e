// Pieces the benchmarks share (run.ts, busy.ts).
import type pg from "pg";
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import type { RefreshClient } from "../../lib/insight/refresh.ts";

export async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

/** The refresh's client interface over one pg connection (the benchmarks do not load Prisma's client). */
export function pgRefreshClient(c: pg.Client): RefreshClient {
  const tx = { $executeRaw: (q: Prisma.Sql) => c.query(q.text, q.values).then((r) => r.rowCount ?? 0) };
  return {
    ...tx,
    async $transaction(fn) {
      await c.query("BEGIN");
      try {
        const out = await fn(tx);
        await c.query("COMMIT");
        return out;
      } catch (e) {
        await c.query("ROLLBACK");
        throw e;
      }
    },
  };
}
