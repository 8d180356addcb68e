// The system admin resets an account's password: a new one-time password, shown once to the admin and optionally
// texted to the account's phone; every session of the account ends and the holder must choose their own password
// at the next sign-in. The lockout is lifted too, since a reset usually answers "I am locked out".
// An admin changes their own password at /account/password instead.
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { revokeAllSessions } from "../auth/auth-session.ts";
import { hashPassword } from "../auth/password.ts";
import type { Actor } from "../auth/permissions.ts";
import { AppError, fieldError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { accountSnapshot, withStations } from "./account-snapshot.ts";
import type { IssuedPassword } from "./create-account.ts";
import { assertMayManageUsers, auditingRefusal, lockForChange } from "./manage-guard.ts";
import { oneTimePassword } from "./one-time-password.ts";
import { resetPasswordSchema } from "./schemas.ts";
import { sendPasswordSms } from "./send-password-sms.ts";

export async function resetPassword(actor: Actor, raw: unknown, client?: ClientInfo): Promise<IssuedPassword> {
  await assertMayManageUsers(actor, client, "resetPassword");
  const { userId, sendSms } = resetPasswordSchema.parse(raw);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  return auditingRefusal(actor, client, "user.resetPassword", userId, () =>
    db.$transaction(async (tx) => {
      const { target } = await lockForChange(tx, actor, userId);
      if (target.id === actor.id) throw new AppError("conflict", "users.resetOwnPassword");
      if (sendSms && !target.phoneEnc) throw fieldError("sendSms", "users.noPhoneForSms");
      await tx.user.update({
        where: { id: target.id },
        data: { passwordHash, mustChangePassword: true, lockedUntil: null, failedLoginCount: 0 },
      });
      const sessionsEnded = await revokeAllSessions(target.id, tx);
      if (sendSms && target.phoneEnc) await sendPasswordSms(tx, target.phoneEnc, target.username ?? "", password);
      const before = accountSnapshot(withStations(target));
      await recordAudit(
        {
          actor,
          action: "user.resetPassword",
          result: "SUCCESS",
          client,
          target: { type: "User", id: target.id },
          detail: {
            before,
            after: { ...before, locked: false, mustChangePassword: true },
            sessionsEnded,
            smsQueued: sendSms,
          },
        },
        tx,
      );
      return { userId: target.id, username: target.username ?? "", name: target.name, password, smsQueued: sendSms };
    }),
  );
}
