// Which rebuild of the figures is current, and what may be kept because of it. The fact rows and the sums change
// only when the fact table is rebuilt (every five minutes, refresh.ts, which writes the stamp), and "overdue" with
// the clock, read to the minute (figuresNow). So anything counted from them is the same for one slice, stamp and
// minute: a dashboard, or the count behind a figure, is kept under exactly that key (decision 0023).
import { db } from "../db.ts";
import { ttlCache } from "../cache/ttl-cache.ts";
import { REFRESHED_KEY } from "./refresh.ts";

/** When the figures were last rebuilt; null before the first rebuild. */
export async function insightRefreshedAt(): Promise<Date | null> {
  const row = await db.setting.findUnique({ where: { key: REFRESHED_KEY }, select: { value: true } });
  return typeof row?.value === "string" ? new Date(row.value) : null;
}

export type SnapshotCache<T> = {
  /** `what` was counted as of `now`; `load` is given the stamp it was read under. */
  get(what: unknown, now: Date, load: (refreshedAt: Date | null) => Promise<T>): Promise<T>;
};

/** At most `max` entries, oldest dropped first (old stamps and minutes are never asked for again). */
export function snapshotCache<T>(max: number): SnapshotCache<T> {
  const cache = ttlCache<T>(60 * 60_000, max);
  return {
    async get(what, now, load) {
      const refreshedAt = await insightRefreshedAt();
      return cache.get(JSON.stringify([what, refreshedAt?.getTime() ?? 0, now.getTime()]), () => load(refreshedAt));
    },
  };
}
