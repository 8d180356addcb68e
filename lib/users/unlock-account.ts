// The system admin lifts a lockout (S4) before its 30 minutes are up, e.g. after confirming who is calling.
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { accountSnapshot, withStations } from "./account-snapshot.ts";
import { assertMayManageUsers, auditingRefusal, lockForChange } from "./manage-guard.ts";
import { targetSchema } from "./schemas.ts";

export async function unlockAccount(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  await assertMayManageUsers(actor, client, "unlock");
  const { userId } = targetSchema.parse(raw);
  await auditingRefusal(actor, client, "user.unlock", userId, () =>
    db.$transaction(async (tx) => {
      const { target } = await lockForChange(tx, actor, userId);
      await tx.user.update({ where: { id: target.id }, data: { lockedUntil: null, failedLoginCount: 0 } });
      const before = { ...accountSnapshot(withStations(target)), failedLoginCount: target.failedLoginCount };
      await recordAudit(
        {
          actor,
          action: "user.unlock",
          result: "SUCCESS",
          client,
          target: { type: "User", id: target.id },
          detail: { before, after: { ...before, locked: false, failedLoginCount: 0 } },
        },
        tx,
      );
    }),
  );
}
