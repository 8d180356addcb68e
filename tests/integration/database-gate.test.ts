// R4: the proxy's probe says "down" quickly when PostgreSQL cannot be reached, so pages answer 503 at once,
// and "up" again as soon as it can.
import { afterEach, describe, expect, it, vi } from "vitest";

const realUrl = process.env.DATABASE_URL!;

afterEach(() => {
  process.env.DATABASE_URL = realUrl;
  vi.resetModules();
});

async function freshGate() {
  vi.resetModules();
  return import("@/lib/http/database-gate");
}

describe("the database gate", () => {
  it("answers up for a reachable database", async () => {
    const gate = await freshGate();
    expect(await gate.databaseReachable()).toBe(true);
  });

  it("answers down within three seconds when nothing listens, and remembers it for a second", async () => {
    const url = new URL(realUrl);
    url.port = "9"; // discard: nothing listens there on a test machine
    process.env.DATABASE_URL = url.toString();
    const gate = await freshGate();
    const t0 = Date.now();
    expect(await gate.databaseReachable()).toBe(false);
    expect(Date.now() - t0).toBeLessThan(3_000);
    const t1 = Date.now();
    expect(await gate.databaseReachable()).toBe(false);
    expect(Date.now() - t1).toBeLessThan(50); // cached: no second connection attempt
  });

  it("probes for hours without piling up listeners on its pool (a leak warned about after ten probes)", async () => {
    const gate = await freshGate();
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on("warning", onWarning);
    try {
      // each probe a second after the last, as a busy server makes them
      for (let i = 1; i <= 15; i++) expect(await gate.databaseReachable(Date.now() + i * 1_100)).toBe(true);
      await new Promise((r) => setTimeout(r, 50)); // warnings are emitted on a later tick
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).not.toContain("MaxListenersExceededWarning");
  });

  it("the outage page is a 503 in Chinese that asks to retry, and escapes the path it links back to", async () => {
    const gate = await freshGate();
    const res = gate.unavailablePage(undefined, '/track/"><script>x</script>');
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    const html = await res.text();
    expect(html).toContain("服务暂时不可用");
    expect(html).not.toContain("<script>");
    expect((await gate.unavailablePage("en", "/").text()).toLowerCase()).toContain("temporarily unavailable");
  });
});
