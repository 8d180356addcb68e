// Sign-out is on the record (issue 12): one audit row with the account and the address, the session ended; a
// second sign-out of the same session (another tab) adds nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAuthSession } from "@/lib/auth/auth-session";
import { signOutSession } from "@/lib/auth/sign-out";
import { createStaffUser } from "../factories/users";

describe("sign-out", () => {
  it("ends the session and writes one audit row with who and from where", async () => {
    const client = { ip: "192.0.2.44", userAgent: "ua" };
    const user = await createStaffUser("COMMITTEE_STAFF");
    const sid = await createAuthSession(user.id, client);
    await signOutSession(sid, client);
    await signOutSession(sid, client);
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sid } })).revokedAt).not.toBeNull();
    const rows = await db.auditEvent.findMany({ where: { action: "auth.signOut", actorId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorRole: "COMMITTEE_STAFF",
      result: "SUCCESS",
      ip: client.ip,
      targetType: "User",
      targetId: String(user.id),
    });
  });
});
