// Committee staff make a deputy's own sign-in from the deputy editor (docs/decisions/0058): a DEPUTY account linked
// to a serving deputy of their region, with a one-time password returned once; nothing else about accounts.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { createDeputyAccount } from "@/lib/deputies/create-deputy-account";
import { actorOf } from "../factories/loop";
import { createReceptionWorld } from "../factories/reception";
import { createStaffUser } from "../factories/users";

async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    return err as {
      code?: string;
      messageKey?: string;
      field?: string;
      issues?: { path: PropertyKey[]; message: string }[];
    };
  }
  throw new Error("expected a refusal");
}
const username = () => `dep${randomUUID().slice(0, 8)}`;

describe("a deputy's account made by staff", () => {
  it("creates a DEPUTY account linked to the deputy, with a one-time password that must be changed, audited", async () => {
    const w = await createReceptionWorld({ deputies: 2 });
    const deputy = w.deputies[1]; // deputies[0] already has an account in this world
    const name = username();
    const issued = await createDeputyAccount(w.staff, { deputyId: String(deputy.id), username: name.toUpperCase() });
    const user = await db.user.findUniqueOrThrow({ where: { id: issued.userId } });
    expect(user).toMatchObject({ role: "DEPUTY", deputyId: deputy.id, username: name, name: deputy.name });
    expect(user).toMatchObject({ mustChangePassword: true, regionId: null, unitId: null });
    expect(await verifyPassword(user.passwordHash!, issued.password)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.create", targetId: String(user.id) } });
    expect(audit).toMatchObject({ actorId: w.staff.id, result: "SUCCESS" });
    expect(JSON.stringify(audit.detail)).not.toContain(issued.password);
  });

  it("refuses a deputy who already has one, a deputy of another region, and any other role or scope", async () => {
    const w = await createReceptionWorld({ deputies: 2 });
    const elsewhere = await createReceptionWorld({ deputies: 2 });

    const taken = await rejection(
      createDeputyAccount(w.staff, { deputyId: String(w.deputies[0].id), username: username() }),
    );
    // Shown beside the deputy field (an AppError with its field, decision 0063).
    expect(taken).toMatchObject({ code: "invalid", field: "deputyId", messageKey: "users.deputyHasAccount" });

    const far = await rejection(
      createDeputyAccount(w.staff, { deputyId: String(elsewhere.deputies[1].id), username: username() }),
    );
    expect(far.code).toBe("notFound");
    expect(
      await db.auditEvent.count({
        where: { actorId: w.staff.id, result: "DENIED", targetId: String(elsewhere.deputies[1].id) },
      }),
    ).toBe(1);

    // The form says which deputy and the username; a role, a region or a name are not the staff's to choose.
    for (const extra of [{ role: "COMMITTEE_STAFF" }, { regionId: String(w.region.id) }, { name: "别人" }]) {
      const tampered = await rejection(
        createDeputyAccount(w.staff, { deputyId: String(w.deputies[1].id), username: username(), ...extra }),
      );
      expect(tampered.issues?.length).toBeGreaterThan(0);
    }
    // Other roles: a station admin, a deputy, the system admin (who has their own form), a unit.
    for (const actor of [w.admin, w.deputy, actorOf(await createStaffUser("UNIT_STAFF"))]) {
      const refused = await rejection(
        createDeputyAccount(actor, { deputyId: String(w.deputies[1].id), username: username() }),
      );
      expect(refused.code).toBe("forbidden");
    }
    // A deputy who has left office.
    await db.deputy.update({ where: { id: w.deputies[1].id }, data: { active: false } });
    const gone = await rejection(
      createDeputyAccount(w.staff, { deputyId: String(w.deputies[1].id), username: username() }),
    );
    expect(gone.messageKey).toBe("deputyAccountInactive");
    const linked = [w.deputies[1].id, elsewhere.deputies[1].id];
    expect(await db.user.count({ where: { deputyId: { in: linked } } })).toBe(0);
  });
});
