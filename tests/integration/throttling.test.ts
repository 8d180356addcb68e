// Throttles that hold against forged addresses and stay fair to shared ones (decision 0031), and sign-in
// answers that do not tell real, disabled and unknown accounts apart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requestOtp } from "@/lib/auth/otp";
import { ADDRESS_SOFT, passwordLogin } from "@/lib/auth/password-login";
import { clientInfoFrom, PEER_HEADER, PEER_TOKEN_ENV } from "@/lib/http/client-info";
import { createStaffUser, TEST_PASSWORD } from "../factories/users";

const TOKEN = "test-peer-token";
beforeAll(() => void (process.env[PEER_TOKEN_ENV] = TOKEN));
afterAll(() => void delete process.env[PEER_TOKEN_ENV]);

/** What the portal's server hands the application: the socket peer, plus whatever the client forged. */
const fromPeer = (peer: string, forged?: string) =>
  clientInfoFrom(
    new Headers({
      [PEER_HEADER]: `${TOKEN} ${peer}`,
      "user-agent": "vitest",
      ...(forged ? { "x-forwarded-for": forged } : {}),
    }),
  );
const forgedAddress = (i: number) => `${(i % 200) + 1}.${i}.77.${i % 250}`;

let n = 0;
const phone = () => `136${String(process.pid % 1e4).padStart(4, "0")}${String(++n).padStart(4, "0")}`;

describe("forged X-Forwarded-For", () => {
  it("does not spread code requests from one peer over 40 invented addresses", async () => {
    const peer = "198.51.100.40";
    const results = [];
    for (let i = 0; i < 40; i++) results.push(await requestOtp({ phone: phone() }, fromPeer(peer, forgedAddress(i))));
    const refused = results.filter((r) => !r.ok);
    expect(results.slice(0, 30).every((r) => r.ok)).toBe(true);
    expect(refused).toHaveLength(10);
    expect(refused.every((r) => !r.ok && r.reason === "perIp")).toBe(true);
    // Audit rows name the real peer, never a forged address.
    const ips = await db.auditEvent.findMany({ where: { action: "auth.otp.request" }, select: { ip: true } });
    expect(new Set(ips.map((r) => r.ip))).toEqual(new Set([peer]));
  });

  it("counts 40 failed sign-ins with rotating forged addresses against the one real peer", async () => {
    const peer = "198.51.100.41";
    const names = Array.from({ length: 8 }, (_, i) => `forger-target-${i}`);
    for (let i = 0; i < 40; i++)
      await passwordLogin({ username: names[i % 8], password: "wrong-guess-123" }, fromPeer(peer, forgedAddress(i)));
    // Had the forged addresses counted, each would hold one failure and the peer none: the peer is now over its
    // limit, and an account it failed on is refused from it whatever address it claims next.
    const next = await passwordLogin({ username: names[0], password: "x-y-z-123456" }, fromPeer(peer, "9.9.9.9"));
    expect(next).toEqual({ ok: false, reason: "throttled" });
    const rows = await db.auditEvent.findMany({
      where: { action: "auth.password", detail: { path: ["username"], string_starts_with: "forger-target-" } },
      select: { ip: true },
    });
    expect(rows.length).toBe(41);
    expect(new Set(rows.map((r) => r.ip))).toEqual(new Set([peer]));
  });
});

describe("a shared address (office NAT)", () => {
  it("lets a colleague sign in after a stranger's 40 failures from the same address", async () => {
    const nat = "198.51.100.42";
    const colleague = await createStaffUser("COMMITTEE_STAFF");
    const victims = await Promise.all(Array.from({ length: 4 }, () => createStaffUser("UNIT_STAFF")));
    for (let i = 0; i < 40; i++) {
      const name = i < 20 ? victims[i % 4].username : `nobody-${i}`;
      await passwordLogin({ username: name, password: "stranger-guess-1" }, fromPeer(nat));
    }
    expect((await passwordLogin({ username: colleague.username, password: TEST_PASSWORD }, fromPeer(nat))).ok).toBe(
      true,
    );
    // The stranger's own targets stay refused from that address.
    expect(await passwordLogin({ username: victims[0].username, password: TEST_PASSWORD }, fromPeer(nat))).toEqual({
      ok: false,
      reason: "throttled",
    });
  });

  it("lets a colleague who mistyped once still sign in while the address is over its soft limit", async () => {
    const nat = "198.51.100.43";
    const colleague = await createStaffUser("LEADER");
    for (let i = 0; i < ADDRESS_SOFT; i++)
      await passwordLogin({ username: `spray-${i}`, password: "stranger-guess-1" }, fromPeer(nat));
    // The colleague's typo is answered as a typo, and the right password from the same address then works.
    expect(await passwordLogin({ username: colleague.username, password: "typo-typo-1" }, fromPeer(nat))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect((await passwordLogin({ username: colleague.username, password: TEST_PASSWORD }, fromPeer(nat))).ok).toBe(
      true,
    );
  });
});

describe("answers that do not reveal an account", () => {
  it("gives unknown, disabled and real accounts the same answers for attempts 1 to 7", async () => {
    const real = await createStaffUser("COMMITTEE_STAFF");
    const disabled = await createStaffUser("COMMITTEE_STAFF");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const answers = async (username: string, peerBase: number) => {
      const out = [];
      for (let i = 0; i < 7; i++) {
        const r = await passwordLogin(
          { username, password: "not-the-password-1" },
          fromPeer(`192.0.2.${peerBase + i}`),
        );
        out.push(r.ok ? "ok" : r.reason);
      }
      // The eighth try with the real password: still the same answer for all three.
      const last = await passwordLogin({ username, password: TEST_PASSWORD }, fromPeer(`192.0.2.${peerBase + 7}`));
      out.push(last.ok ? "ok" : last.reason);
      return out;
    };
    const forReal = await answers(real.username!, 10);
    const forDisabled = await answers(disabled.username!, 30);
    const forUnknown = await answers("no-such-person", 50);
    expect(forReal).toEqual(["invalid", "invalid", "invalid", "invalid", "locked", "locked", "locked", "locked"]);
    expect(forDisabled).toEqual(forReal);
    expect(forUnknown).toEqual(forReal);
  });
});

describe("sliding windows", () => {
  it("counts the last 60 seconds, not the clock minute", async () => {
    const { hitLimits, isOverLimit } = await import("@/lib/auth/rate-limit");
    const limit = { key: `slide:${process.pid}`, windowSeconds: 60, max: 1 };
    const t = new Date("2026-12-05T12:00:59.000Z");
    expect(await hitLimits([limit], t)).toBeNull();
    // Two seconds later, in the next clock minute: a fixed window would allow another; a sliding one does not.
    expect(await isOverLimit(limit, new Date(t.getTime() + 2_000))).toBe(true);
    expect(await hitLimits([limit], new Date(t.getTime() + 2_000))).toEqual(limit);
    expect(await isOverLimit(limit, new Date(t.getTime() + 62_001))).toBe(false);
  });
});
