// Outside demo mode no one-time code reaches a response, the outbox, the audit trail or the log; the gateway
// alone receives it, and the outbox row that carried it is gone afterwards.
import { createServer, type Server } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

const gatewayPort = vi.hoisted(() => {
  const port = 41000 + (process.pid % 2000);
  process.env.PORTAL_MODE = "production";
  process.env.PUBLIC_URL = "https://portal.example.gov.cn";
  process.env.SMS_GATEWAY_URL = `http://127.0.0.1:${port}/send`;
  return port;
});

import { db } from "@/lib/db";
import { isDemoMode } from "@/lib/env";
import { otpLogin, requestOtp } from "@/lib/auth/otp";
import { piiHmac } from "@/lib/crypto/pii";
import { deliverOutbox } from "@/lib/notifications/deliver-outbox";

const received: { to: string; body: string }[] = [];
let gateway: Server;
const logged: string[] = [];

beforeAll(async () => {
  gateway = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString()));
    req.on("end", () => {
      received.push(JSON.parse(raw) as { to: string; body: string });
      res.end("ok");
    });
  });
  await new Promise<void>((r) => gateway.listen(gatewayPort, "127.0.0.1", r));
  for (const level of ["log", "info", "warn", "error"] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
});
afterAll(() => new Promise<void>((r) => gateway.close(() => r())));
afterEach(() => void (received.length = 0));

let seq = 0;
const phone = () => `137${String(process.pid % 1e4).padStart(4, "0")}${String(++seq).padStart(4, "0")}`;
const client = () => ({ ip: `100.72.${seq}.9`, userAgent: "vitest" });

describe("one-time codes in production mode", () => {
  it("is in production mode", () => {
    expect(isDemoMode()).toBe(false);
  });

  it("answers a code request without the code, keeps it sealed, and only the gateway sees it", async () => {
    const p = phone();
    const result = await requestOtp({ phone: p }, client());
    expect(result).toEqual({ ok: true });

    const row = await db.outboxMessage.findFirstOrThrow({ where: { recipientHmac: piiHmac(p) } });
    expect(row.template).toBe("otp");
    expect(row.body).not.toMatch(/\d{6}/);
    expect(row.body).not.toContain("验证码");

    await deliverOutbox();
    expect(received).toHaveLength(1);
    expect(received[0].to).toBe(p);
    const code = /(\d{6})/.exec(received[0].body)?.[1];
    expect(code).toMatch(/^\d{6}$/);

    // Nowhere else: not the answer, not the outbox (the row is gone), not the audit trail, not the log.
    expect(JSON.stringify(result)).not.toContain(code);
    expect(await db.outboxMessage.count({ where: { recipientHmac: piiHmac(p) } })).toBe(0);
    const audits = await db.auditEvent.findMany({ where: { action: { startsWith: "auth.otp" } } });
    expect(JSON.stringify(audits.map((a) => a.detail))).not.toContain(code);
    expect(JSON.stringify(audits.map((a) => a.detail))).not.toContain(p);
    expect(logged.join("\n")).not.toContain(code);
    expect(logged.join("\n")).not.toContain(p);

    // The code the gateway carried signs the resident in.
    expect((await otpLogin({ phone: p, code }, client())).ok).toBe(true);
  });

  it("holds no code in clear in any outbox row, before or after delivery", async () => {
    const phones = [phone(), phone(), phone()];
    for (const p of phones) expect(await requestOtp({ phone: p }, client())).toEqual({ ok: true });
    const rows = await db.outboxMessage.findMany({ where: { template: "otp" } });
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) expect(r.body).not.toMatch(/验证码|\d{6}/);
    await deliverOutbox();
    const codes = received.map((m) => /(\d{6})/.exec(m.body)?.[1]);
    expect(codes.every((c) => c && /^\d{6}$/.test(c))).toBe(true);
    const dump = JSON.stringify(await db.outboxMessage.findMany());
    for (const c of codes) expect(dump).not.toContain(c);
    expect(await db.outboxMessage.count({ where: { template: "otp" } })).toBe(0);
  });

  it("purges code messages the gateway refused once their attempts run out", async () => {
    const p = phone();
    await requestOtp({ phone: p }, client());
    await db.outboxMessage.updateMany({ where: { recipientHmac: piiHmac(p) }, data: { status: "FAILED" } });
    await deliverOutbox();
    expect(await db.outboxMessage.count({ where: { recipientHmac: piiHmac(p) } })).toBe(0);
  });
});
