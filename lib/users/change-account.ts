// The system admin changes an account's name, phone, role or scope. A new role ends the account's sessions (its
// holder signs in again and lands in the new area); a new scope applies on the next request anyway, since the
// actor is read from the database every time. Nobody demotes themselves or the last active admin.
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { revokeAllSessions } from "../auth/auth-session.ts";
import type { Actor } from "../auth/permissions.ts";
import { encryptPii } from "../crypto/pii.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { onUniqueViolation } from "../database-errors.ts";
import { fieldError } from "../errors.ts";
import { accountSnapshot, withStations } from "./account-snapshot.ts";
import { resolveScope, writeStations } from "./account-scope.ts";
import { assertKeepsAnAdmin, assertMayManageUsers, auditingRefusal, lockForChange } from "./manage-guard.ts";
import { changeAccountSchema } from "./schemas.ts";

export async function changeAccount(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ changed: boolean }> {
  await assertMayManageUsers(actor, client, "change");
  const input = changeAccountSchema.parse(raw);
  return auditingRefusal(actor, client, "user.change", input.userId, async () => {
    try {
      return await db.$transaction(async (tx) => {
        const { target, activeAdmins } = await lockForChange(tx, actor, input.userId);
        if (target.role === "SYSTEM_ADMIN" && input.role !== "SYSTEM_ADMIN")
          assertKeepsAnAdmin(actor, target, activeAdmins);
        const scope = await resolveScope(tx, input);
        if (scope.deputyId != null) {
          const holder = await tx.user.findUnique({ where: { deputyId: scope.deputyId }, select: { id: true } });
          if (holder && holder.id !== target.id) throw fieldError("deputyId", "users.deputyHasAccount");
        }
        // An empty phone field keeps the number on file: the form never shows it unmasked to be edited.
        const phoneEnc = input.phone ? encryptPii(input.phone) : target.phoneEnc;
        const before = accountSnapshot(withStations(target));
        const after = accountSnapshot({ ...target, ...scope, role: input.role, name: input.name, phoneEnc });
        if (JSON.stringify(before) === JSON.stringify(after) && !input.phone) return { changed: false };

        await tx.user.update({
          where: { id: target.id },
          data: { role: input.role, name: input.name, phoneEnc, ...scopeColumns(scope) },
        });
        await writeStations(tx, target.id, scope.stationIds);
        const roleChanged = input.role !== target.role;
        const sessionsEnded = roleChanged ? await revokeAllSessions(target.id, tx) : 0;
        await recordAudit(
          {
            actor,
            action: "user.change",
            result: "SUCCESS",
            client,
            target: { type: "User", id: target.id },
            detail: { before, after, sessionsEnded },
          },
          tx,
        );
        return { changed: true };
      });
    } catch (err) {
      throw onUniqueViolation(err, "users.usernameOrDeputyTaken");
    }
  });
}

const scopeColumns = (s: { regionId: number | null; unitId: number | null; deputyId: number | null }) => ({
  regionId: s.regionId,
  unitId: s.unitId,
  deputyId: s.deputyId,
});
