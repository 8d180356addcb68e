// Values kept per process for a while: reference data read on nearly every page but changed a few times a year
// (the working-day calendar, categories, the region tree, handling units), and figures keyed by the snapshot they
// were counted from (the dashboards, the counts behind them). Concurrent readers share one read, and a failed read
// is dropped at once so the next request tries again instead of serving the error until it expires. With `max`,
// the oldest entries are dropped first once there are more.
export type TtlCache<T> = { get(key: string, load: () => Promise<T>): Promise<T>; clear(): void };

export function ttlCache<T>(ttlMs: number, max = Infinity): TtlCache<T> {
  const entries = new Map<string, { loadedAt: number; value: Promise<T> }>();
  return {
    get(key, load) {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && now - hit.loadedAt < ttlMs) return hit.value;
      const value = load();
      // delete first, so a reloaded key counts as the newest (a Map keeps insertion order)
      entries.delete(key);
      entries.set(key, { loadedAt: now, value });
      while (entries.size > max) entries.delete(entries.keys().next().value!);
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear: () => entries.clear(),
  };
}
