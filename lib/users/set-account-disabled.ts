// The system admin disables an account (its sessions end on the server at once, S5) or enables it again.
// Nobody disables themselves or the last active admin; both rules hold inside the transaction (manage-guard.ts).
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { revokeAllSessions } from "../auth/auth-session.ts";
import type { Actor } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { accountSnapshot, withStations } from "./account-snapshot.ts";
import { assertKeepsAnAdmin, assertMayManageUsers, auditingRefusal, lockForChange } from "./manage-guard.ts";
import { targetSchema } from "./schemas.ts";

export async function disableAccount(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  await assertMayManageUsers(actor, client, "disable");
  const { userId } = targetSchema.parse(raw);
  await auditingRefusal(actor, client, "user.disable", userId, () =>
    db.$transaction(async (tx) => {
      const { target, activeAdmins } = await lockForChange(tx, actor, userId);
      assertKeepsAnAdmin(actor, target, activeAdmins);
      if (target.disabledAt) throw new AppError("conflict", "users.alreadyDisabled");
      const now = new Date();
      await tx.user.update({ where: { id: target.id }, data: { disabledAt: now } });
      const sessionsEnded = await revokeAllSessions(target.id, tx);
      const before = accountSnapshot(withStations(target));
      await recordAudit(
        {
          actor,
          action: "user.disable",
          result: "SUCCESS",
          client,
          target: { type: "User", id: target.id },
          detail: { before, after: { ...before, disabled: true }, sessionsEnded },
        },
        tx,
      );
    }),
  );
}

export async function enableAccount(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  await assertMayManageUsers(actor, client, "enable");
  const { userId } = targetSchema.parse(raw);
  await auditingRefusal(actor, client, "user.enable", userId, () =>
    db.$transaction(async (tx) => {
      const { target } = await lockForChange(tx, actor, userId);
      if (!target.disabledAt) throw new AppError("conflict", "users.notDisabled");
      // A deputy account whose deputy has left office stays off (a term change disables it on purpose).
      if (target.deputyId != null) {
        const deputy = await tx.deputy.findUnique({ where: { id: target.deputyId }, select: { active: true } });
        if (!deputy?.active) throw new AppError("conflict", "users.deputyInactive");
      }
      await tx.user.update({ where: { id: target.id }, data: { disabledAt: null } });
      const before = accountSnapshot(withStations(target));
      await recordAudit(
        {
          actor,
          action: "user.enable",
          result: "SUCCESS",
          client,
          target: { type: "User", id: target.id },
          detail: { before, after: { ...before, disabled: false } },
        },
        tx,
      );
    }),
  );
}
