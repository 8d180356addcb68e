// The second factor (S6) against a real database: enrolment, sign-in with TOTP, replay and stale codes,
// recovery codes, the shared lockout (S4), the gates that hold in every action and route, and the admin reset.
// The request's cookie is the one thing stood in for (lib/auth/current-session-id.ts): actions and routes below
// read the session, the user and the permission table for real.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { decryptPii, encryptPii } from "@/lib/crypto/pii";
import { actorForSession, type SessionActor } from "@/lib/auth/current-actor";
import { createAuthSession } from "@/lib/auth/auth-session";
import { passwordLogin } from "@/lib/auth/password-login";
import { startTotpEnrolment } from "@/lib/auth/start-totp-enrolment";
import { confirmTotpEnrolment } from "@/lib/auth/confirm-totp-enrolment";
import { verifySecondFactor } from "@/lib/auth/verify-second-factor";
import { resetSecondFactor } from "@/lib/auth/reset-second-factor";
import { demoTotpCodeFor } from "@/lib/auth/demo-totp-code";
import { totpCode, totpStep } from "@/lib/auth/totp";
import { DEMO_TOTP_SECRET } from "@/lib/demo/demo-accounts";
import { unmaskProposerPhone } from "@/lib/suggestions/unmask-proposer";
import { unmaskPhoneAction } from "@/app/actions/unmask-phone";
import { suggestionAction } from "@/app/actions/suggestion-action";
import { resetSecondFactorAction } from "@/app/actions/reset-second-factor";
import { verifySecondFactorAction } from "@/app/actions/second-factor";
import { GET as queueExport } from "@/app/api/staff/queue/export/route";
import { GET as insightExport } from "@/app/api/insight/export/route";
import { GET as me } from "@/app/api/me/route";
import { createStaffUser, TEST_PASSWORD } from "../factories/users";
import { actorOf, createLoopWorld, submitAs } from "../factories/loop";

const cookie = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock("@/lib/auth/current-session-id", () => ({ currentSessionId: async () => cookie.sid }));

const client = { ip: "127.0.0.9", userAgent: "vitest" };
const STEP_MS = 30_000;

beforeEach(() => {
  cookie.sid = null;
});

async function passwordSession(username: string): Promise<string> {
  const r = await passwordLogin({ username, password: TEST_PASSWORD }, client);
  if (!r.ok) throw new Error(`password sign-in refused: ${r.reason}`);
  return r.sessionId;
}

const actorOfSession = async (sid: string): Promise<SessionActor> => {
  const actor = await actorForSession(sid);
  if (!actor) throw new Error("no session");
  return actor;
};

/** Signs in with the password and enrols; returns the secret, the recovery codes and the step used. */
async function enrolled(user: { username: string | null }, at = new Date()) {
  const sid = await passwordSession(user.username!);
  const actor = await actorOfSession(sid);
  expect(actor.gate).toBe("enrol");
  const { secret } = await startTotpEnrolment(actor);
  const step = totpStep(at.getTime());
  const r = await confirmTotpEnrolment(actor, { code: totpCode(secret, step) }, client, at);
  expect(r.ok).toBe(true);
  return { sid, secret, step, recoveryCodes: r.recoveryCodes! };
}

const get = (path: string) => new Request(`http://localhost${path}`, { headers: { "user-agent": "vitest" } });
const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};
const audits = (userId: number, action: string) =>
  db.auditEvent.findMany({ where: { actorId: userId, action }, orderBy: { id: "asc" } });

describe("enrolment and sign-in with TOTP", () => {
  it("enrols at the first sign-in, then a later sign-in passes with a fresh code", async () => {
    const user = await createStaffUser("COMMITTEE_STAFF");
    const t0 = new Date();
    const { sid, secret, step, recoveryCodes } = await enrolled(user, t0);
    expect((await actorOfSession(sid)).gate).toBe("open");

    // the secret is stored encrypted, the recovery codes only as HMACs
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpSecretEnc).not.toContain(secret);
    expect(decryptPii(row.totpSecretEnc!)).toBe(secret);
    expect(row.totpLastStep).toBe(step);
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    for (const c of recoveryCodes) expect(stored.map((s) => s.codeHmac)).not.toContain(c.replace("-", ""));
    expect(await audits(user.id, "auth.totp.enrol")).toMatchObject([{ result: "SUCCESS" }]);

    // next sign-in: half-open until the code of a later step is given
    const second = await passwordSession(user.username!);
    const half = await actorOfSession(second);
    expect(half.gate).toBe("verify");
    const t1 = new Date(t0.getTime() + STEP_MS);
    expect(await verifySecondFactor(half, { code: totpCode(secret, step + 1) }, client, t1)).toEqual({ ok: true });
    expect((await actorOfSession(second)).gate).toBe("open");
    expect((await audits(user.id, "auth.totp.verify")).at(-1)).toMatchObject({ result: "SUCCESS" });
  });

  it("refuses the same code twice (replay) and a code from two steps ago (stale)", async () => {
    const user = await createStaffUser("UNIT_STAFF");
    const t0 = new Date();
    const { secret, step } = await enrolled(user, t0);

    // the code that enrolled is spent
    const a = await actorOfSession(await passwordSession(user.username!));
    expect(await verifySecondFactor(a, { code: totpCode(secret, step) }, client, t0)).toEqual({
      fieldErrors: { code: "totpReplayed" },
    });
    // a newer code works once, in one session; the same code in another session is a replay
    const t1 = new Date(t0.getTime() + STEP_MS);
    const code = totpCode(secret, step + 1);
    expect(await verifySecondFactor(a, { code }, client, t1)).toEqual({ ok: true });
    const b = await actorOfSession(await passwordSession(user.username!));
    expect(await verifySecondFactor(b, { code }, client, t1)).toEqual({ fieldErrors: { code: "totpReplayed" } });
    expect((await actorOfSession(b.sessionId)).gate).toBe("verify");

    // stale: the current step is now step+3, so step+1 is outside the ±1 window
    const t3 = new Date(t0.getTime() + 3 * STEP_MS);
    const stale = totpCode(secret, step + 1);
    const fresh = [step + 2, step + 3, step + 4].map((s) => totpCode(secret, s));
    if (!fresh.includes(stale)) {
      expect(await verifySecondFactor(b, { code: stale }, client, t3)).toEqual({ fieldErrors: { code: "totpWrong" } });
    }
    const reasons = (await audits(user.id, "auth.totp.verify")).map((e) => (e.detail as { reason?: string }).reason);
    expect(reasons).toContain("replayed");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.failedLoginCount).toBeGreaterThanOrEqual(1); // failures count toward the lockout
  });

  it("accepts a recovery code once, in place of a TOTP code", async () => {
    const user = await createStaffUser("LEADER");
    const { recoveryCodes } = await enrolled(user);
    const [code] = recoveryCodes;
    const a = await actorOfSession(await passwordSession(user.username!));
    expect(await verifySecondFactor(a, { code: code.toUpperCase() }, client)).toEqual({ ok: true });
    expect((await actorOfSession(a.sessionId)).gate).toBe("open");
    expect(await audits(user.id, "auth.recovery-code.use")).toMatchObject([{ result: "SUCCESS", detail: { left: 9 } }]);

    const b = await actorOfSession(await passwordSession(user.username!));
    expect(await verifySecondFactor(b, { code: code }, client)).toEqual({ fieldErrors: { code: "totpWrong" } });
    expect((await actorOfSession(b.sessionId)).gate).toBe("verify");
    expect(await verifySecondFactor(b, { code: recoveryCodes[1] }, client)).toEqual({ ok: true });
  });

  it("locks the account after five wrong codes, and the right password between guesses does not reset the count", async () => {
    const user = await createStaffUser("DEPUTY");
    const t0 = new Date();
    const { secret, step } = await enrolled(user, t0);
    const wrong = totpCode(secret, step + 1) === "000000" ? "111111" : "000000";

    let a = await actorOfSession(await passwordSession(user.username!));
    for (let i = 0; i < 3; i++) {
      expect(await verifySecondFactor(a, { code: wrong }, client)).toEqual({ fieldErrors: { code: "totpWrong" } });
    }
    a = await actorOfSession(await passwordSession(user.username!)); // a new password sign-in
    expect(await verifySecondFactor(a, { code: wrong }, client)).toEqual({ fieldErrors: { code: "totpWrong" } });
    expect(await verifySecondFactor(a, { code: wrong }, client)).toEqual({ formError: "locked" });

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
    expect(await actorForSession(a.sessionId)).toBeNull(); // the half-open session ended
    expect(await audits(user.id, "auth.lockout")).toHaveLength(1);
    // the password alone is now refused too, and so is the right code
    expect(await passwordLogin({ username: user.username, password: TEST_PASSWORD }, client)).toEqual({
      ok: false,
      reason: "locked",
    });
  });
});

describe("gates that hold in every action and route", () => {
  it("a half-open session cannot export, unmask, act on an item or read /api/me; after the code it can", async () => {
    const w = await createLoopWorld();
    const id = await submitAs(w, "路灯不亮");
    const user = await db.user.findUniqueOrThrow({ where: { id: w.staff.id } });
    await db.user.update({ where: { id: user.id }, data: { totpSecretEnc: encryptPii(DEMO_TOTP_SECRET) } });

    cookie.sid = await passwordSession(user.username!);
    const half = await actorOfSession(cookie.sid);
    expect(half.gate).toBe("verify");

    expect((await queueExport(get("/api/staff/queue/export"))).status).toBe(401);
    expect((await insightExport(get("/api/insight/export?measure=received"))).status).toBe(401);
    expect((await me()).status).toBe(401);
    expect(await unmaskPhoneAction(id)).toEqual({ error: "unauthenticated" });
    const step = await suggestionAction({}, form({ op: "accept", id: String(id), version: "1" }));
    expect(step.formError).toBe("unauthenticated");
    // and the use cases refuse such an actor themselves
    await expect(unmaskProposerPhone(half, id, client)).rejects.toThrow();
    expect(await db.auditEvent.count({ where: { actorId: w.staff.id, action: "pii.unmask", result: "SUCCESS" } })).toBe(
      0,
    );
    expect(await db.suggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUBMITTED" });

    // the second factor opens the same session
    const code = totpCode(DEMO_TOTP_SECRET, totpStep());
    expect(await verifySecondFactorAction({}, form({ code }))).toEqual({ ok: true });
    expect((await me()).status).toBe(200);
    expect((await unmaskPhoneAction(id)).phone).toMatch(/^139\d{8}$/);
  });

  it("a must-change-password session cannot export or unmask, only change the password", async () => {
    const w = await createLoopWorld();
    const id = await submitAs(w);
    await db.user.update({ where: { id: w.staff.id }, data: { mustChangePassword: true } });
    cookie.sid = await createAuthSession(w.staff.id, client, db, { complete: true });
    expect((await actorOfSession(cookie.sid)).gate).toBe("changePassword");

    expect((await queueExport(get("/api/staff/queue/export"))).status).toBe(401);
    expect((await insightExport(get("/api/insight/export?table=figures"))).status).toBe(401);
    expect(await unmaskPhoneAction(id)).toEqual({ error: "unauthenticated" });
    expect((await me()).status).toBe(401);
    expect(
      await db.auditEvent.count({ where: { actorId: w.staff.id, action: { in: ["pii.unmask", "queue.export"] } } }),
    ).toBe(0);

    await db.user.update({ where: { id: w.staff.id }, data: { mustChangePassword: false } });
    expect((await unmaskPhoneAction(id)).phone).toMatch(/^139\d{8}$/);
  });
});

describe("admin reset of a lost second factor", () => {
  it("clears the factor, ends the holder's sessions, and the holder enrols again", async () => {
    const admin = await createStaffUser("SYSTEM_ADMIN");
    const user = await createStaffUser("STATION_ADMIN");
    const { sid } = await enrolled(user);
    const adminActor = { ...actorOf(admin), gate: "open" as const };

    expect(await resetSecondFactor(adminActor, user.id, client)).toEqual({ sessionsEnded: 1 });
    expect(await actorForSession(sid)).toBeNull();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ totpSecretEnc: null, totpLastStep: null, totpEnrolledAt: null });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await audits(admin.id, "auth.totp.reset")).toMatchObject([
      { result: "SUCCESS", targetType: "User", targetId: String(user.id) },
    ]);
    const again = await actorOfSession(await passwordSession(user.username!));
    expect(again.gate).toBe("enrol");
    const { secret } = await startTotpEnrolment(again);
    const r = await confirmTotpEnrolment(again, { code: totpCode(secret, totpStep()) }, client);
    expect(r.ok).toBe(true);

    // through the server action, with the admin's own (complete) session
    cookie.sid = await createAuthSession(admin.id, client, db, { complete: true });
    expect(await resetSecondFactorAction({}, form({ userId: String(user.id) }))).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecretEnc).toBeNull();
  });

  it("is refused to anyone but a system administrator with an open session, and audited", async () => {
    const staff = await createStaffUser("COMMITTEE_STAFF");
    const admin = await createStaffUser("SYSTEM_ADMIN");
    const user = await createStaffUser("UNIT_STAFF");
    await enrolled(user);
    await expect(resetSecondFactor({ ...actorOf(staff), gate: "open" }, user.id, client)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(resetSecondFactor({ ...actorOf(admin), gate: "verify" }, user.id, client)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(resetSecondFactor({ ...actorOf(admin), gate: "open" }, 2_000_000_000, client)).rejects.toMatchObject({
      code: "notFound",
    });
    cookie.sid = await createAuthSession(staff.id, client, db, { complete: true });
    expect(await resetSecondFactorAction({}, form({ userId: String(user.id) }))).toEqual({ formError: "forbidden" });

    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecretEnc).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.totp.reset", result: "DENIED" } })).toBe(4);
  });
});

describe("demo accounts in demo mode", () => {
  it("show their current code and may reuse it; other accounts show nothing and may not", async () => {
    const demo = await createStaffUser("COMMITTEE_STAFF", { username: "staff" });
    await db.user.update({ where: { id: demo.id }, data: { totpSecretEnc: encryptPii(DEMO_TOTP_SECRET) } });
    const now = Date.now();
    expect(await demoTotpCodeFor(demo.id, "staff")).toBe(totpCode(DEMO_TOTP_SECRET, totpStep(now)));
    const code = totpCode(DEMO_TOTP_SECRET, totpStep());
    for (let i = 0; i < 2; i++) {
      const a = await actorOfSession(await passwordSession("staff"));
      expect(await verifySecondFactor(a, { code }, client)).toEqual({ ok: true });
    }

    const other = await createStaffUser("COMMITTEE_STAFF");
    await db.user.update({ where: { id: other.id }, data: { totpSecretEnc: encryptPii(DEMO_TOTP_SECRET) } });
    expect(await demoTotpCodeFor(other.id, other.username)).toBeNull();
    const a = await actorOfSession(await passwordSession(other.username!));
    expect(await verifySecondFactor(a, { code }, client)).toEqual({ ok: true });
    const b = await actorOfSession(await passwordSession(other.username!));
    expect(await verifySecondFactor(b, { code }, client)).toEqual({ fieldErrors: { code: "totpReplayed" } });
  });
});
