import { afterEach, describe, expect, it, vi } from "vitest";
import { ttlCache } from "@/lib/cache/ttl-cache";

afterEach(() => vi.useRealTimers());

describe("reference data kept for a while", () => {
  it("reads once for concurrent and later callers, and again once the time is up", async () => {
    vi.useFakeTimers();
    const cache = ttlCache<number>(60_000);
    let reads = 0;
    const load = async () => ++reads;
    expect(await Promise.all([cache.get("k", load), cache.get("k", load)])).toEqual([1, 1]);
    vi.advanceTimersByTime(59_000);
    expect(await cache.get("k", load)).toBe(1);
    expect(await cache.get("other", load)).toBe(2);
    vi.advanceTimersByTime(1_000);
    expect(await cache.get("k", load)).toBe(3);
    cache.clear();
    expect(await cache.get("k", load)).toBe(4);
  });

  it("does not keep a failed read: the next caller reads again", async () => {
    const cache = ttlCache<string>(60_000);
    await expect(cache.get("k", () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache.get("k", async () => "back")).toBe("back");
  });
});
