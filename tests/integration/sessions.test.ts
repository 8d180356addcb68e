import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorForSession } from "@/lib/auth/current-actor";
import { createAuthSession, revokeAllSessions, revokeAuthSession } from "@/lib/auth/auth-session";
import { SESSION_IDLE_MS } from "@/lib/auth/session-policy";
import { createRegion, createStaffUser } from "../factories/users";

const client = { ip: "127.0.0.1", userAgent: "vitest" };

describe("server-side sessions (S5)", () => {
  it("resolves a live session to the actor with its scope", async () => {
    const city = await createRegion();
    const user = await createStaffUser("COMMITTEE_STAFF", { regionId: city.id });
    const sid = await createAuthSession(user.id, client);
    const actor = await actorForSession(sid);
    expect(actor).toMatchObject({ id: user.id, role: "COMMITTEE_STAFF", regionPath: city.path });
  });

  it("ends on logout: the same token no longer resolves", async () => {
    const user = await createStaffUser("LEADER");
    const sid = await createAuthSession(user.id, client);
    expect(await revokeAuthSession(sid)).toBe(true);
    expect(await actorForSession(sid)).toBeNull();
  });

  it("ends every session of a user whose password changes or who is disabled", async () => {
    const user = await createStaffUser("UNIT_STAFF");
    const a = await createAuthSession(user.id, client);
    const b = await createAuthSession(user.id, client);
    expect(await revokeAllSessions(user.id)).toBe(2);
    expect(await actorForSession(a)).toBeNull();
    expect(await actorForSession(b)).toBeNull();

    const other = await createStaffUser("UNIT_STAFF");
    const c = await createAuthSession(other.id, client);
    await db.user.update({ where: { id: other.id }, data: { disabledAt: new Date() } });
    expect(await actorForSession(c)).toBeNull();
  });

  it("ends after 30 idle minutes, and use keeps it alive", async () => {
    const user = await createStaffUser("DEPUTY");
    const sid = await createAuthSession(user.id, client);
    const later = new Date(Date.now() + SESSION_IDLE_MS - 60_000);
    expect(await actorForSession(sid, later)).not.toBeNull(); // touches lastSeenAt
    expect(await actorForSession(sid, new Date(later.getTime() + SESSION_IDLE_MS - 60_000))).not.toBeNull();
    expect(await actorForSession(sid, new Date(later.getTime() + 3 * SESSION_IDLE_MS))).toBeNull();
  });

  it("is half-open after the password: enrol or verify first, then a one-time password's change", async () => {
    const user = await createStaffUser("COMMITTEE_STAFF");
    expect((await actorForSession(await createAuthSession(user.id, client)))?.gate).toBe("enrol");
    await db.user.update({ where: { id: user.id }, data: { totpSecretEnc: "v1.x.y.z", mustChangePassword: true } });
    expect((await actorForSession(await createAuthSession(user.id, client)))?.gate).toBe("verify");
    const complete = await createAuthSession(user.id, client, db, { complete: true });
    expect((await actorForSession(complete))?.gate).toBe("changePassword");
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
    expect((await actorForSession(complete))?.gate).toBe("open");
  });

  it("does not resolve a made-up session id", async () => {
    expect(await actorForSession("not-a-session")).toBeNull();
  });
});
