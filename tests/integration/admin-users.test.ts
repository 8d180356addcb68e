import { openBody } from "@/lib/notifications/queue-sms";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAuthSession } from "@/lib/auth/auth-session";
import { actorForSession } from "@/lib/auth/current-actor";
import { passwordLogin } from "@/lib/auth/password-login";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { createAccount } from "@/lib/users/create-account";
import { changeAccount } from "@/lib/users/change-account";
import { disableAccount, enableAccount } from "@/lib/users/set-account-disabled";
import { unlockAccount } from "@/lib/users/unlock-account";
import { resetPassword } from "@/lib/users/reset-password";
import { listAccounts } from "@/lib/users/account-list";
import { createPlace } from "../factories/places";
import { createRegion, createStaffUser } from "../factories/users";

const client = { ip: "127.0.0.9", userAgent: "vitest" };
let seq = 0;
const uname = (p: string) => `${p}${Date.now().toString(36)}${++seq}`;

async function signedIn(role: Parameters<typeof createStaffUser>[0], over = {}) {
  const user = await createStaffUser(role, over);
  const sid = await createAuthSession(user.id, client, undefined, { complete: true });
  return { user, sid, actor: (await actorForSession(sid))! };
}

async function newDeputy() {
  return db.deputy.create({ data: { name: `代表${++seq}`, qrToken: `dq${Date.now().toString(36)}${seq}` } });
}

const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e.messageKey : e instanceof Error ? e.name : "error"),
  );

let admin: Actor;
let place: Awaited<ReturnType<typeof createPlace>>;
let unitId: number;

beforeAll(async () => {
  admin = (await signedIn("SYSTEM_ADMIN")).actor;
  place = await createPlace();
  unitId = (await db.handlingUnit.create({ data: { name: `测试单位${Date.now()}`, regionId: place.region.id } })).id;
});

describe("creating accounts (user.manage)", () => {
  it("creates an account for each role with the scope that role uses, and a one-time password", async () => {
    const deputy = await newDeputy();
    const cases = [
      { role: "COMMITTEE_STAFF", regionId: place.region.id },
      { role: "LEADER", regionId: place.region.id },
      { role: "UNIT_STAFF", unitId },
      { role: "STATION_ADMIN", stationIds: String(place.station.id) },
      { role: "DEPUTY", deputyId: deputy.id },
      { role: "SYSTEM_ADMIN" },
      { role: "AUDITOR", regionId: place.region.id }, // a region means nothing for an auditor: not stored
    ] as const;
    for (const c of cases) {
      const username = uname("new");
      const issued = await createAccount(admin, { username, name: "新账号", ...c }, client);
      expect(issued.password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{4}(-[A-HJ-NP-Za-km-z2-9]{4}){3}$/);
      const row = await db.user.findUniqueOrThrow({
        where: { id: issued.userId },
        include: { stationsManaged: true },
      });
      expect(row).toMatchObject({ role: c.role, username, mustChangePassword: true, phoneHmac: null });
      expect(row.regionId).toBe(c.role === "COMMITTEE_STAFF" || c.role === "LEADER" ? place.region.id : null);
      expect(row.unitId).toBe(c.role === "UNIT_STAFF" ? unitId : null);
      expect(row.deputyId).toBe(c.role === "DEPUTY" ? deputy.id : null);
      expect(row.stationsManaged.map((s) => s.stationId)).toEqual(c.role === "STATION_ADMIN" ? [place.station.id] : []);
      // The one-time password signs in; the session's actor carries the scope given.
      const login = await passwordLogin({ username, password: issued.password }, client);
      expect(login.ok).toBe(true);
      const actor = await actorForSession((login as { sessionId: string }).sessionId);
      expect(actor?.mustChangePassword).toBe(true);
      if (c.role === "COMMITTEE_STAFF") expect(actor?.regionPath).toBe(place.region.path);
      if (c.role === "STATION_ADMIN") expect(actor?.stationIds).toEqual([place.station.id]);
      const audit = await db.auditEvent.findFirstOrThrow({
        where: { action: "user.create", targetId: String(issued.userId), result: "SUCCESS" },
      });
      expect(audit.actorId).toBe(admin.id);
      expect(JSON.stringify(audit.detail)).not.toContain(issued.password);
      expect(audit.detail).toMatchObject({ before: null, after: { role: c.role, username } });
    }
  });

  it("refuses a missing scope, an unknown username format and a taken username, writing nothing", async () => {
    const before = await db.user.count();
    await expect(createAccount(admin, { username: uname("x"), name: "甲", role: "COMMITTEE_STAFF" })).rejects.toThrow(
      /users.regionRequired/,
    );
    await expect(createAccount(admin, { username: "UPPER CASE!", name: "甲", role: "AUDITOR" })).rejects.toThrow(
      /users.usernameFormat/,
    );
    const username = uname("dup");
    await createAccount(admin, { username, name: "甲", role: "AUDITOR" });
    await expect(createAccount(admin, { username, name: "乙", role: "AUDITOR" })).rejects.toThrow(/usernameTaken/);
    await expect(
      createAccount(admin, { username: uname("x"), name: "甲", role: "AUDITOR", sendSms: "on" }),
    ).rejects.toThrow(/phoneNeededForSms/);
    expect(await db.user.count()).toBe(before + 1);
  });

  it("cannot link a deputy who already has an account (and says so, audited)", async () => {
    const deputy = await newDeputy();
    await createAccount(admin, { username: uname("dep"), name: "代表甲", role: "DEPUTY", deputyId: deputy.id });
    const second = uname("dep");
    await expect(
      createAccount(admin, { username: second, name: "代表乙", role: "DEPUTY", deputyId: deputy.id }, client),
    ).rejects.toThrow(/users.deputyHasAccount/);
    expect(await db.user.findUnique({ where: { username: second } })).toBeNull();
    expect(
      await db.auditEvent.count({
        where: {
          action: "user.create",
          result: "DENIED",
          actorId: admin.id,
          detail: { path: ["reason"], equals: "users.deputyHasAccount" },
        },
      }),
    ).toBe(1);
  });

  it("queues the one-time password by text to the account's phone when asked", async () => {
    const issued = await createAccount(admin, {
      username: uname("sms"),
      name: "短信",
      role: "AUDITOR",
      phone: "13912345678",
      sendSms: "on",
    });
    const msg = await db.outboxMessage.findFirstOrThrow({
      where: { template: "account.password" },
      orderBy: { id: "desc" },
    });
    // Sealed like a sign-in code: never in clear in the table, opened only to send.
    expect(msg.body).not.toContain(issued.password);
    expect(openBody(msg.body)).toContain(issued.password);
    expect(issued.smsQueued).toBe(true);
  });
});

describe("changing, disabling, unlocking and resetting", () => {
  it("disabling ends the account's sessions at once; enabling lets it sign in again", async () => {
    const { user, sid } = await signedIn("COMMITTEE_STAFF", { regionId: place.region.id });
    expect(await actorForSession(sid)).not.toBeNull();
    await disableAccount(admin, { userId: user.id }, client);
    expect(await actorForSession(sid)).toBeNull();
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sid } })).revokedAt).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.disable", targetId: String(user.id) },
    });
    expect(audit.detail).toMatchObject({ before: { disabled: false }, after: { disabled: true }, sessionsEnded: 1 });
    await expect(disableAccount(admin, { userId: user.id })).rejects.toThrow(/alreadyDisabled/);

    await enableAccount(admin, { userId: user.id }, client);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
    expect(await actorForSession(sid)).toBeNull(); // the old session stays ended
    const sid2 = await createAuthSession(user.id, client, undefined, { complete: true });
    expect(await actorForSession(sid2)).not.toBeNull();
  });

  it("unlocks a locked account", async () => {
    const { user } = await signedIn("UNIT_STAFF", { unitId });
    await db.user.update({
      where: { id: user.id },
      data: { lockedUntil: new Date(Date.now() + 20 * 60_000), failedLoginCount: 5 },
    });
    expect((await listAccounts(admin, { state: "locked" })).rows.map((r) => r.id)).toContain(user.id);
    await unlockAccount(admin, { userId: user.id }, client);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      lockedUntil: null,
      failedLoginCount: 0,
    });
    expect((await listAccounts(admin, { state: "locked" })).rows.map((r) => r.id)).not.toContain(user.id);
  });

  it("a reset gives a new one-time password, sets mustChangePassword and ends sessions", async () => {
    const { user, sid } = await signedIn("LEADER", { regionId: place.region.id });
    const issued = await resetPassword(admin, { userId: user.id }, client);
    expect(await actorForSession(sid)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
    expect(await passwordLogin({ username: user.username, password: issued.password }, client)).toMatchObject({
      ok: true,
    });
  });

  it("changes role and scope with before/after in the audit, ending sessions when the role changes", async () => {
    const { user, sid } = await signedIn("COMMITTEE_STAFF", { regionId: place.region.id });
    const other = await createRegion();
    await changeAccount(admin, { userId: user.id, name: "改名", role: "COMMITTEE_STAFF", regionId: other.id });
    expect((await actorForSession(sid))?.regionPath).toBe(other.path); // same role: the session goes on
    await changeAccount(admin, { userId: user.id, name: "改名", role: "UNIT_STAFF", unitId, regionId: other.id });
    expect(await actorForSession(sid)).toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      role: "UNIT_STAFF",
      unitId,
      regionId: null,
    });
    const audits = await db.auditEvent.findMany({
      where: { action: "user.change", targetId: String(user.id) },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => a.detail)).toMatchObject([
      { before: { regionId: place.region.id, name: user.name }, after: { regionId: other.id, name: "改名" } },
      { before: { role: "COMMITTEE_STAFF" }, after: { role: "UNIT_STAFF", unitId, regionId: null } },
    ]);
  });

  it("refuses self-disable and self-demotion, audited", async () => {
    await expect(code(disableAccount(admin, { userId: admin.id }, client))).resolves.toBe("users.notYourself");
    await expect(code(changeAccount(admin, { userId: admin.id, name: "我", role: "AUDITOR" }, client))).resolves.toBe(
      "users.notYourself",
    );
    await expect(code(resetPassword(admin, { userId: admin.id }, client))).resolves.toBe("users.resetOwnPassword");
    const me = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(me).toMatchObject({ role: "SYSTEM_ADMIN", disabledAt: null });
    expect(
      await db.auditEvent.count({
        where: {
          actorId: admin.id,
          result: "DENIED",
          action: { in: ["user.disable", "user.change"] },
          detail: { path: ["reason"], equals: "users.notYourself" },
        },
      }),
    ).toBe(2);
  });

  it("keeps the last active admin even when the last two disable or demote each other at the same moment", async () => {
    for (const attempt of ["disable", "demote"] as const) {
      // Only the two admins of this round are active.
      await db.user.updateMany({ where: { role: "SYSTEM_ADMIN", disabledAt: null }, data: { disabledAt: new Date() } });
      const a = (await signedIn("SYSTEM_ADMIN")).actor;
      const b = (await signedIn("SYSTEM_ADMIN")).actor;
      const run = (actor: Actor, target: Actor) =>
        attempt === "disable"
          ? disableAccount(actor, { userId: target.id }, client)
          : changeAccount(actor, { userId: target.id, name: "降级", role: "AUDITOR" }, client);
      const results = await Promise.all([code(run(a, b)), code(run(b, a))]);
      expect(results.filter((r) => r === "ok")).toHaveLength(1);
      expect(results.filter((r) => r !== "ok")).toHaveLength(1);
      expect(await db.user.count({ where: { role: "SYSTEM_ADMIN", disabledAt: null } })).toBe(1);
    }
    // restore the suite's admin
    await db.user.update({ where: { id: admin.id }, data: { disabledAt: null } });
  });
});

describe("三权分立: only the system admin manages accounts", () => {
  it("refuses staff, unit, resident and auditor calling every account use case; nothing changes; audited", async () => {
    const target = (await signedIn("COMMITTEE_STAFF", { regionId: place.region.id })).user;
    await db.user.update({ where: { id: target.id }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    const snapshot = () => db.user.findUniqueOrThrow({ where: { id: target.id } });
    const before = await snapshot();
    const callers = [
      (await signedIn("COMMITTEE_STAFF", { regionId: place.region.id })).actor,
      (await signedIn("UNIT_STAFF", { unitId })).actor,
      (await signedIn("RESIDENT")).actor,
      (await signedIn("AUDITOR")).actor,
    ];
    const usersBefore = await db.user.count();
    for (const actor of callers) {
      const calls = [
        () => createAccount(actor, { username: uname("evil"), name: "甲", role: "SYSTEM_ADMIN" }, client),
        () => changeAccount(actor, { userId: target.id, name: "甲", role: "SYSTEM_ADMIN" }, client),
        () => disableAccount(actor, { userId: target.id }, client),
        () => enableAccount(actor, { userId: target.id }, client),
        () => unlockAccount(actor, { userId: target.id }, client),
        () => resetPassword(actor, { userId: target.id }, client),
        () => listAccounts(actor, {}),
      ];
      for (const call of calls) await expect(call()).rejects.toMatchObject({ code: "forbidden" });
      expect(
        await db.auditEvent.count({ where: { actorId: actor.id, action: "permission.denied", result: "DENIED" } }),
      ).toBe(6); // the list is a read: refused, not audited as a change
    }
    expect(await snapshot()).toEqual(before);
    expect(await db.user.count()).toBe(usersBefore);
  });
});

describe("the account list at a province's size", () => {
  it("pages 20,000 staff accounts among 20,000 residents by keyset, without gaps or repeats", async () => {
    const region = await createRegion();
    await db.$executeRaw`
      INSERT INTO "User" ("role", "name", "username", "regionId", "updatedAt")
      SELECT 'COMMITTEE_STAFF', '省级工作人员' || g, 'bulk' || g, ${region.id}, now() FROM generate_series(1, 20000) g`;
    await db.$executeRaw`
      INSERT INTO "User" ("role", "name", "phoneHmac", "updatedAt")
      SELECT 'RESIDENT', '居民' || g, 'bulk-hmac-' || g, now() FROM generate_series(1, 20000) g`;
    await db.$executeRaw`ANALYZE "User"`;

    await listAccounts(admin, { regionId: region.id }); // warm the pool and the plan cache
    const started = performance.now();
    const first = await listAccounts(admin, { regionId: region.id });
    const firstMs = performance.now() - started;
    expect(first.total).toBe(20000);
    expect(first.rows).toHaveLength(25);
    const seen = new Set(first.rows.map((r) => r.id));
    let next = first.next;
    // Walk 40 pages: ids strictly descending, none twice.
    for (let i = 0; i < 40 && next; i++) {
      const page = await listAccounts(admin, { regionId: region.id, after: next });
      for (const r of page.rows) {
        expect(seen.has(r.id)).toBe(false);
        expect(r.id).toBeLessThan(next);
        seen.add(r.id);
      }
      next = page.next;
    }
    expect(seen.size).toBe(25 * 41);
    await listAccounts(admin, { q: "工作人员1" });
    const t2 = performance.now();
    const search = await listAccounts(admin, { q: "工作人员1999" });
    const searchMs = performance.now() - t2;
    expect(search.rows.map((r) => r.username).sort()).toEqual(
      ["bulk1999", ...Array.from({ length: 10 }, (_, i) => `bulk1999${i}`)].sort(),
    );
    const t3 = performance.now();
    await listAccounts(admin, {});
    const plainMs = performance.now() - t3;
    console.log(
      `[account list] at 20,000 staff: unfiltered ${plainMs.toFixed(0)} ms, region ${firstMs.toFixed(0)} ms, search ${searchMs.toFixed(0)} ms`,
    );
  });
});
