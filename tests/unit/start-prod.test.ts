// `npm run start:prod` refuses to start without its requirements, with one line naming them, before it
// touches any database (the database URL below points at a port nothing listens on).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const key = Buffer.alloc(32, 3).toString("base64");
const complete = {
  AUTH_SECRET: "s".repeat(40),
  PII_ENCRYPTION_KEY: key,
  PII_HMAC_KEY: key,
  PUBLIC_URL: "https://portal.example.gov.cn",
  SMS_GATEWAY_URL: "https://sms.example.gov.cn/send",
  DATABASE_URL: "postgres://app:secret@127.0.0.1:1/liaison",
  DATABASE_OWNER_URL: "postgres://owner:secret@127.0.0.1:1/liaison",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key,
};

function startProd(extra: Record<string, string | undefined>) {
  // A scrubbed environment: nothing from the developer's shell leaks in.
  const env = Object.fromEntries(
    Object.entries({ PATH: process.env.PATH, HOME: process.env.HOME, ...extra }).filter(([, v]) => v !== undefined),
  ) as NodeJS.ProcessEnv;
  const run = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--production"],
    {
      cwd: root,
      env,
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return { status: run.status, stderr: run.stderr.trim(), stdout: run.stdout.trim() };
}

describe("npm run start:prod", () => {
  it("refuses with no environment at all, naming every missing item in one line", () => {
    const r = startProd({});
    expect(r.status).not.toBe(0);
    expect(r.stderr.split("\n")).toHaveLength(1);
    for (const name of Object.keys(complete)) expect(r.stderr).toContain(name);
    expect(r.stdout).not.toContain("db:");
  }, 60_000);

  it.each([
    "SMS_GATEWAY_URL",
    "AUTH_SECRET",
    "DATABASE_URL",
    "PUBLIC_URL",
    "DATABASE_OWNER_URL",
    "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY",
  ])(
    "refuses without %s and names only it",
    (name) => {
      const r = startProd({ ...complete, [name]: undefined });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^production start refused: /);
      expect(r.stderr).toContain(name);
      for (const other of Object.keys(complete)) if (other !== name) expect(r.stderr).not.toContain(`${other} is`);
      expect(r.stdout).not.toContain("db:");
    },
    60_000,
  );

  it("refuses to run the portal as the database owner", () => {
    const r = startProd({ ...complete, DATABASE_OWNER_URL: "postgres://app:other@127.0.0.1:1/liaison" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("the portal must not run as the owner");
  }, 60_000);

  it("refuses an http:// public address and says https is expected", () => {
    const r = startProd({ ...complete, PUBLIC_URL: "http://portal.example.gov.cn" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("PUBLIC_URL must be an https:// address");
  }, 60_000);
});
