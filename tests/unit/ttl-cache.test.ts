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

  it("keeps at most max entries, dropping the oldest first", async () => {
    const cache = ttlCache<number>(60_000, 2);
    let reads = 0;
    const load = async () => ++reads;
    await cache.get("a", load);
    await cache.get("b", load);
    await cache.get("c", load);
    expect(await cache.get("b", load)).toBe(2);
    expect(await cache.get("c", load)).toBe(3);
    expect(await cache.get("a", load)).toBe(4); // dropped when c came, read again (and b is now the oldest)
    expect(await cache.get("c", load)).toBe(3);
    expect(await cache.get("b", load)).toBe(5);
  });

  it("does not keep a failed read: the next caller reads again", async () => {
    const cache = ttlCache<string>(60_000);
    await expect(cache.get("k", () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache.get("k", async () => "back")).toBe("back");
  });
});
