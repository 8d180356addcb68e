// R4: while the database is down, a page answers at once with a plain 503 "temporarily unavailable" instead of
// a 500 after a long wait. The proxy asks `databaseReachable()` before rendering a page: one `SELECT 1` per
// process at most every second, shared by every request in that second, on a one-connection pool of its own
// so a full application pool cannot make the probe wait. Forms are not gated: their actions fail within the
// pool's connection timeout and give back what the person typed (lib/forms/run-action.ts).
import pg from "pg";
import en from "../i18n/messages/en/core.json";
import zhCN from "../i18n/messages/zh-CN/core.json";

const PROBE_EVERY_MS = 1_000;

let pool: pg.Pool | undefined;
let checkedAt = 0;
let reachable = true;
let inFlight: Promise<boolean> | undefined;

function probePool(): pg.Pool {
  if (pool) return pool;
  pool = new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: 1,
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 10_000,
    query_timeout: 2_000,
  });
  // Once, when the pool is made (it was once per probe: a listener a second, for the life of the process).
  pool.on("error", () => {}); // an idle connection dropped by a restart: the next probe reconnects
  return pool;
}

export async function databaseReachable(now = Date.now()): Promise<boolean> {
  if (!process.env.DATABASE_URL) return true; // nothing to probe (build time)
  if (now - checkedAt < PROBE_EVERY_MS) return reachable;
  inFlight ??= probePool()
    .query("SELECT 1")
    .then(
      () => true,
      () => false,
    )
    .then((up) => {
      reachable = up;
      checkedAt = Date.now();
      inFlight = undefined;
      return up;
    });
  return inFlight;
}

const PAGE = { "zh-CN": zhCN.outage, en: en.outage };

/** The 503 page: plain HTML with no script, in the visitor's language, asking the browser to retry shortly. */
export function unavailablePage(locale: string | undefined, path: string): Response {
  const t = locale === "en" ? PAGE.en : PAGE["zh-CN"];
  const html = `<!doctype html><html lang="${locale === "en" ? "en" : "zh-CN"}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.6">
<h1 style="font-size:1.4rem">${t.title}</h1><p>${t.body}</p>
<p><a href="${encodeURI(path)}" style="display:inline-block;padding:.6rem 1.2rem;border:1px solid #888;border-radius:.4rem">${t.retry}</a></p>
</body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" },
  });
}
