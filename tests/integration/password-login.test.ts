import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ADDRESS_CEILING, ADDRESS_SOFT, PAIR_SOFT, passwordLogin } from "@/lib/auth/password-login";
import { createStaffUser, TEST_PASSWORD } from "../factories/users";

const client = (ip = "203.0.113.7") => ({ ip, userAgent: "vitest" });

describe("password sign-in (S3, S4)", () => {
  it("signs in with the right password and opens a server-side session", async () => {
    const user = await createStaffUser("COMMITTEE_STAFF");
    const result = await passwordLogin({ username: user.username, password: TEST_PASSWORD }, client());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await db.authSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.userId).toBe(user.id);
    expect(session.revokedAt).toBeNull();
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(12 * 3600 * 1000);
    const audit = await db.auditEvent.findFirst({
      where: { action: "auth.password", actorId: user.id, result: "SUCCESS" },
    });
    expect(audit?.ip).toBe("203.0.113.7");
  });

  it("locks the account for 30 minutes after five wrong passwords, even for the right one", async () => {
    const user = await createStaffUser("UNIT_STAFF");
    const reasons = [];
    for (let i = 0; i < 5; i++) {
      const r = await passwordLogin(
        { username: user.username, password: "wrong-password-123" },
        client(`198.51.100.${i}`),
      );
      reasons.push(r.ok ? "ok" : r.reason);
    }
    expect(reasons).toEqual(["invalid", "invalid", "invalid", "invalid", "locked"]);
    const locked = await passwordLogin({ username: user.username, password: TEST_PASSWORD }, client("198.51.100.9"));
    expect(locked).toEqual({ ok: false, reason: "locked" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const minutes = (row.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
    expect(await db.authSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("unlocks after the lock has passed, and a success resets the count", async () => {
    const user = await createStaffUser("LEADER");
    await db.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 5, lockedUntil: new Date(Date.now() - 1000) },
    });
    const r = await passwordLogin({ username: user.username, password: TEST_PASSWORD }, client());
    expect(r.ok).toBe(true);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.failedLoginCount).toBe(0);
    expect(row.lockedUntil).toBeNull();
  });

  it("answers an unknown account exactly like a wrong password, and 'locks' it the same way", async () => {
    const reasons = [];
    for (let i = 0; i < 6; i++) {
      const r = await passwordLogin({ username: "nobody-here", password: "whatever-123456" }, client(`192.0.2.${i}`));
      reasons.push(r.ok ? "ok" : r.reason);
    }
    expect(reasons).toEqual(["invalid", "invalid", "invalid", "invalid", "locked", "locked"]);
  });

  it("counts concurrent wrong guesses without losing any (lock is one statement)", async () => {
    const user = await createStaffUser("DEPUTY");
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        passwordLogin({ username: user.username, password: "wrong-guess-0000" }, client(`10.9.0.${i}`)),
      ),
    );
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.failedLoginCount).toBeGreaterThanOrEqual(5);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it("refuses an address that keeps failing on the accounts it failed on, and everything once it is abusive", async () => {
    const ip = "203.0.113.200";
    let last;
    for (let i = 0; i < ADDRESS_SOFT; i++)
      last = await passwordLogin({ username: `probe${i}`, password: "guess-guess-123" }, client(ip));
    expect(last).toEqual({ ok: false, reason: "invalid" });
    // Over the soft limit: an account this address has failed on repeatedly is refused from it...
    for (let i = 0; i < PAIR_SOFT - 1; i++)
      await passwordLogin({ username: "probe0", password: "guess-guess-123" }, client(ip));
    expect(await passwordLogin({ username: "probe0", password: "guess-guess-123" }, client(ip))).toEqual({
      ok: false,
      reason: "throttled",
    });
    // ...but a colleague behind the same address who has not failed still signs in.
    const colleague = await createStaffUser("COMMITTEE_STAFF");
    expect((await passwordLogin({ username: colleague.username, password: TEST_PASSWORD }, client(ip))).ok).toBe(true);
    // At the ceiling the address is abusive: refused for every account, the right password included.
    for (let i = ADDRESS_SOFT + 1; i < ADDRESS_CEILING; i++)
      await passwordLogin({ username: `probe${i}`, password: "guess-guess-123" }, client(ip));
    expect(await passwordLogin({ username: colleague.username, password: TEST_PASSWORD }, client(ip))).toEqual({
      ok: false,
      reason: "throttled",
    });
  });

  it("refuses bad input without touching the database", async () => {
    const before = await db.auditEvent.count();
    expect(await passwordLogin({ username: "", password: "" }, client())).toEqual({ ok: false, reason: "badInput" });
    expect(await passwordLogin({ username: "a", password: "b", role: "SYSTEM_ADMIN" }, client())).toEqual({
      ok: false,
      reason: "badInput",
    });
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("refuses disabled accounts and residents", async () => {
    const user = await createStaffUser("COMMITTEE_STAFF");
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await passwordLogin({ username: user.username, password: TEST_PASSWORD }, client())).toEqual({
      ok: false,
      reason: "invalid",
    });
    const resident = await createStaffUser("RESIDENT");
    expect(await passwordLogin({ username: resident.username, password: TEST_PASSWORD }, client())).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});
