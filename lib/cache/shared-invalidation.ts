// Per-process caches that agree across processes (R7, decision 0052). A change to cached reference data calls
// `invalidate(topic)`: this process clears its caches at once, and PostgreSQL's NOTIFY tells every other web
// instance and worker, which clear theirs when the notice arrives (milliseconds; at worst when the listener has
// reconnected after an outage, and then it clears everything, since notices sent meanwhile are lost).
import pg from "pg";
import { db } from "../db.ts";
import { env } from "../env.ts";

export type CacheTopic = "calendar" | "reference";

const CHANNEL = "liaison_cache";
const RETRY_MS = [500, 1_000, 2_000, 5_000];

const clearers = new Map<CacheTopic, Set<() => void>>();

/** Registers what to clear when `topic` changes anywhere. */
export function onInvalidate(topic: CacheTopic, clear: () => void): void {
  let set = clearers.get(topic);
  if (!set) clearers.set(topic, (set = new Set()));
  set.add(clear);
  if (process.env.NEXT_RUNTIME === "nodejs") startCacheListener(); // web instances listen on their own
}

function clearLocal(topic: CacheTopic | "*"): void {
  for (const [t, set] of clearers) if (topic === "*" || t === topic) for (const clear of set) clear();
}

/** Call after committing a change to cached data: clears this process's caches and tells every other process. */
export async function invalidate(topic: CacheTopic): Promise<void> {
  clearLocal(topic);
  await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${topic})`;
}

type Listener = { stop: () => Promise<void> };

/**
 * One LISTEN connection that calls `onTopic` for each notice and reconnects with a back-off after an outage,
 * calling `onReconnect` then (notices sent while it was away are lost). Exported for the tests.
 */
export function createInvalidationListener(
  connectionString: string,
  onTopic: (topic: string) => void,
  onReconnect: () => void = () => {},
): Listener {
  let stopped = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | undefined;
  let attempt = 0;

  const connect = async (): Promise<void> => {
    if (stopped) return;
    const c = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
    c.on("notification", (n) => {
      if (n.channel === CHANNEL && n.payload) onTopic(n.payload);
    });
    c.on("error", () => retry(c)); // the server went away: the socket is dead, start again
    c.on("end", () => retry(c));
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      if (stopped) return void (await c.end().catch(() => {}));
      client = c;
      if (attempt > 0) onReconnect();
      attempt = 0;
    } catch {
      retry(c);
    }
  };
  const retry = (c: pg.Client) => {
    if (stopped || (client !== null && client !== c) || timer) return;
    client = null;
    c.removeAllListeners("end");
    void c.end().catch(() => {});
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
    attempt++;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, wait);
    timer.unref();
  };

  void connect();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      const c = client;
      client = null;
      c?.removeAllListeners("end");
      await c?.end().catch(() => {});
    },
  };
}

let listener: Listener | null = null;

/** Starts this process's listener (web instances start it by themselves; the job worker calls it). */
export function startCacheListener(): Listener {
  // LISTEN needs a session of its own: behind a transaction pooler, DATABASE_DIRECT_URL reaches PostgreSQL itself.
  listener ??= createInvalidationListener(
    process.env.DATABASE_DIRECT_URL || env().DATABASE_URL,
    (topic) => clearLocal(topic as CacheTopic),
    () => clearLocal("*"),
  );
  return listener;
}

export async function stopCacheListener(): Promise<void> {
  await listener?.stop();
  listener = null;
}
