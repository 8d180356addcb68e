import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changePassword as changePasswordUseCase } from "@/lib/auth/change-password";
import type { Actor } from "@/lib/auth/permissions";
import { runFormAction } from "@/lib/forms/run-action";
import { createAuthSession } from "@/lib/auth/auth-session";
import { actorForSession } from "@/lib/auth/current-actor";
import { passwordLogin } from "@/lib/auth/password-login";
import { createStaffUser, TEST_PASSWORD } from "../factories/users";

const client = { ip: "127.0.0.2", userAgent: "vitest" };

/** What the form shows, the way app/actions/change-password.ts runs the use case. */
async function changePassword(actor: Actor, raw: unknown, info: typeof client) {
  const shown = await runFormAction({}, async () => {
    await changePasswordUseCase(actor, raw, info);
    return { ok: true };
  });
  delete shown.values; // the form never echoes passwords
  return shown;
}

async function signedIn() {
  const user = await createStaffUser("COMMITTEE_STAFF");
  const sid = await createAuthSession(user.id, client, db, { complete: true });
  const actor = (await actorForSession(sid))!;
  return { user, sid, actor };
}

describe("changing a password (S3, S5)", () => {
  it("refuses a weak new password with the reason, and changes nothing", async () => {
    const { user, actor } = await signedIn();
    const cases: [string, string][] = [
      ["short-pw", "password_tooShort"],
      ["1qaz2wsx3edc", "password_weak"],
      ["abcdefghijkl", "password_weak"],
      ["demo-Pass-2026", "password_contextWord"],
      ["daibiao-7788-xyz", "password_contextWord"],
      [`${user.username}-river-99`, "password_contextWord"],
    ];
    for (const [next, error] of cases) {
      const r = await changePassword(actor, { current: TEST_PASSWORD, next, confirm: next }, client);
      expect(r.fieldErrors?.next, next).toBe(error);
    }
    const r = await changePassword(
      actor,
      { current: "not-it-at-all", next: "quiet-Meadow-2261", confirm: "quiet-Meadow-2261" },
      client,
    );
    expect(r.fieldErrors?.current).toBe("currentPasswordWrong");
    const mismatch = await changePassword(
      actor,
      { current: TEST_PASSWORD, next: "quiet-Meadow-2261", confirm: "quiet-Meadow-2262" },
      client,
    );
    expect(mismatch.fieldErrors?.confirm).toBe("passwordMismatch");
    expect(await passwordLogin({ username: user.username, password: TEST_PASSWORD }, client)).toMatchObject({
      ok: true,
    });
  });

  it("changes it, ends every session, and only the new password signs in", async () => {
    const { user, sid, actor } = await signedIn();
    const other = await createAuthSession(user.id, client, db, { complete: true });
    const result = await changePassword(
      actor,
      { current: TEST_PASSWORD, next: "quiet-Meadow-2261", confirm: "quiet-Meadow-2261" },
      client,
    );
    expect(result).toEqual({ ok: true });
    expect(await actorForSession(sid)).toBeNull();
    expect(await actorForSession(other)).toBeNull();
    expect(await passwordLogin({ username: user.username, password: TEST_PASSWORD }, client)).toMatchObject({
      ok: false,
    });
    expect(await passwordLogin({ username: user.username, password: "quiet-Meadow-2261" }, client)).toMatchObject({
      ok: true,
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=47104,t=1,p=1\$/);
    expect(
      await db.auditEvent.count({ where: { action: "auth.password.change", actorId: user.id, result: "SUCCESS" } }),
    ).toBe(1);
  });

  it("is refused to a session that has not passed the second factor", async () => {
    const user = await createStaffUser("COMMITTEE_STAFF");
    const actor = (await actorForSession(await createAuthSession(user.id, client)))!;
    expect(actor.gate).toBe("enrol");
    const r = await changePassword(
      actor,
      { current: TEST_PASSWORD, next: "quiet-Meadow-2261", confirm: "quiet-Meadow-2261" },
      client,
    );
    expect(r).toEqual({ formError: "unauthenticated" });
  });

  it("rejects unknown fields", async () => {
    const { actor } = await signedIn();
    const r = await changePassword(
      actor,
      { current: TEST_PASSWORD, next: "quiet-Meadow-2261", confirm: "quiet-Meadow-2261", role: "SYSTEM_ADMIN" },
      client,
    );
    expect(r.ok).toBeUndefined();
  });
});
