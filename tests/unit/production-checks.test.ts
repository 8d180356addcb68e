import { afterEach, describe, expect, it, vi } from "vitest";
import { productionProblems, refusalLine } from "@/lib/production-checks";

const key = Buffer.alloc(32, 7).toString("base64");
const complete = {
  AUTH_SECRET: "x".repeat(40),
  PII_ENCRYPTION_KEY: key,
  PII_HMAC_KEY: key,
  PUBLIC_URL: "https://portal.example.gov.cn",
  SMS_GATEWAY_URL: "https://sms.example.gov.cn/send",
  DATABASE_URL: "postgres://app:secret@db:5432/liaison",
};

describe("production start requirements", () => {
  it("asks the start script, not the web server, for the owner's connection and the actions key", () => {
    expect(productionProblems(complete, { start: true }).map((p) => p.name)).toEqual([
      "DATABASE_OWNER_URL",
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY",
    ]);
    const owner = { DATABASE_OWNER_URL: "postgres://owner:x@db/liaison", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key };
    expect(productionProblems({ ...complete, ...owner }, { start: true })).toEqual([]);
  });

  it("passes a complete environment", () => {
    expect(productionProblems(complete)).toEqual([]);
  });

  it.each(Object.keys(complete))("names %s when it is missing", (name) => {
    const problems = productionProblems({ ...complete, [name]: undefined });
    expect(problems.map((p) => p.name)).toEqual([name]);
    expect(refusalLine(problems)).toContain(name);
    expect(refusalLine(problems)).not.toContain("\n");
  });

  it("names every missing item in one line, in a fixed order", () => {
    const line = refusalLine(productionProblems({}));
    for (const name of Object.keys(complete)) expect(line).toContain(name);
    expect(line.split("\n")).toHaveLength(1);
    expect(line.indexOf("AUTH_SECRET")).toBeLessThan(line.indexOf("DATABASE_URL"));
  });

  it("refuses weak or malformed values, and says https is expected", () => {
    expect(productionProblems({ ...complete, AUTH_SECRET: "short" }).map((p) => p.name)).toEqual(["AUTH_SECRET"]);
    expect(productionProblems({ ...complete, PII_HMAC_KEY: "bm90IDMyIGJ5dGVz" }).map((p) => p.name)).toEqual([
      "PII_HMAC_KEY",
    ]);
    const http = productionProblems({ ...complete, PUBLIC_URL: "http://portal.example.gov.cn" });
    expect(http.map((p) => p.name)).toEqual(["PUBLIC_URL"]);
    expect(http[0].problem).toContain("https://");
    expect(productionProblems({ ...complete, SMS_GATEWAY_URL: "not a url" }).map((p) => p.name)).toEqual([
      "SMS_GATEWAY_URL",
    ]);
    expect(productionProblems({ ...complete, DATABASE_URL: "mysql://db/x" }).map((p) => p.name)).toEqual([
      "DATABASE_URL",
    ]);
    expect(productionProblems({ ...complete, DATABASE_URL: "" }).map((p) => p.name)).toEqual(["DATABASE_URL"]);
  });
});

describe("the application itself in production mode", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });
  const stub = (vars: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  };

  it("refuses to read its environment (so serves nothing) without the production requirements", async () => {
    stub({ ...complete, PORTAL_MODE: "production", SMS_GATEWAY_URL: undefined });
    vi.resetModules();
    const { env } = await import("@/lib/env");
    expect(() => env()).toThrow(/production start refused: SMS_GATEWAY_URL is not set/);
  });

  it("runs in production mode, not demo mode, once they are all there", async () => {
    stub({ ...complete, PORTAL_MODE: "production" });
    vi.resetModules();
    const { isDemoMode } = await import("@/lib/env");
    const { mayShowCode } = await import("@/lib/auth/otp");
    expect(isDemoMode()).toBe(false);
    expect(mayShowCode()).toBe(false);
  });

  it("never shows a code in production mode even with no gateway, and does in the demo", async () => {
    stub({ ...complete, PORTAL_MODE: "demo", SMS_GATEWAY_URL: undefined });
    vi.resetModules();
    expect((await import("@/lib/auth/otp")).mayShowCode()).toBe(true);
  });
});
