import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { otpLogin, requestOtp } from "@/lib/auth/otp";
import { piiHmac } from "@/lib/crypto/pii";
import { deliverOutbox } from "@/lib/notifications/deliver-outbox";

let seq = 0;
const phone = () => `139${String(Date.now() % 1e6).padStart(6, "0")}${String(++seq).padStart(2, "0")}`;
const client = (ip = `100.64.${seq}.1`) => ({ ip, userAgent: "vitest" });

describe("resident one-time codes (S7)", () => {
  it("sends a 6-digit code through the outbox and signs in once with it", async () => {
    const p = phone();
    const req = await requestOtp({ phone: p }, client());
    expect(req.ok).toBe(true);
    if (!req.ok) return;
    expect(req.demoCode).toMatch(/^\d{6}$/); // demo messaging mode: no gateway configured

    const msg = await db.outboxMessage.findFirstOrThrow({
      where: { recipientHmac: piiHmac(p) },
      orderBy: { id: "desc" },
    });
    // Sealed at rest (decision 0032), and gone once handed on.
    expect(msg.body).not.toContain(req.demoCode);
    expect(msg.recipientEnc).not.toContain(p);
    await deliverOutbox();
    expect(await db.outboxMessage.findUnique({ where: { id: msg.id } })).toBeNull();

    const first = await otpLogin({ phone: p, code: req.demoCode }, client());
    expect(first.ok).toBe(true);
    const again = await otpLogin({ phone: p, code: req.demoCode }, client());
    expect(again).toEqual({ ok: false, reason: "invalid" });

    const user = await db.user.findUniqueOrThrow({ where: { phoneHmac: piiHmac(p) } });
    expect(user.role).toBe("RESIDENT");
    expect(user.phoneEnc).not.toContain(p);
  });

  it("allows one code a minute, five an hour and ten a day per phone", async () => {
    const p = phone();
    const t0 = Date.now();
    expect((await requestOtp({ phone: p }, client())).ok).toBe(true);
    expect(await requestOtp({ phone: p }, client())).toEqual({ ok: false, reason: "perMinute" });
    // a refused request does not use up the hour's allowance
    const h = await db.rateLimitHit.findMany({ where: { key: { startsWith: "otp:phone:h:" + piiHmac(p) } } });
    expect(h.reduce((s, r) => s + r.count, 0)).toBe(1);
    expect(Date.now() - t0).toBeLessThan(30_000);
  });

  it("expires codes after 10 minutes and after five wrong tries", async () => {
    const p = phone();
    const req = await requestOtp({ phone: p }, client());
    if (!req.ok) throw new Error("no code");
    const wrong = req.demoCode === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) expect((await otpLogin({ phone: p, code: wrong }, client())).ok).toBe(false);
    expect(await otpLogin({ phone: p, code: req.demoCode }, client())).toEqual({ ok: false, reason: "invalid" });

    const p2 = phone();
    const req2 = await requestOtp({ phone: p2 }, client());
    if (!req2.ok) throw new Error("no code");
    await db.otpCode.updateMany({ where: { phoneHmac: piiHmac(p2) }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await otpLogin({ phone: p2, code: req2.demoCode }, client())).toEqual({ ok: false, reason: "invalid" });
  });

  it("lets only one of two simultaneous sign-ins with the same code through", async () => {
    const p = phone();
    const req = await requestOtp({ phone: p }, client());
    if (!req.ok) throw new Error("no code");
    const results = await Promise.all([
      otpLogin({ phone: p, code: req.demoCode }, client()),
      otpLogin({ phone: p, code: req.demoCode }, client()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("refuses malformed numbers and codes, and writes nothing", async () => {
    const before = await db.otpCode.count();
    expect(await requestOtp({ phone: "12345" }, client())).toEqual({ ok: false, reason: "badInput" });
    expect(await otpLogin({ phone: "13800138000", code: "12ab56" }, client())).toEqual({
      ok: false,
      reason: "badInput",
    });
    expect(await db.otpCode.count()).toBe(before);
  });

  it("limits codes per IP across many phones", async () => {
    const ip = "100.100.100.100";
    const results = [];
    for (let i = 0; i < 31; i++) results.push(await requestOtp({ phone: phone() }, client(ip)));
    expect(results.at(-1)).toEqual({ ok: false, reason: "perIp" });
  });
});
