// A system administrator resets a lost second factor: the secret, the recovery codes and the last used step are
// cleared and every session of the account ends, so its holder enrols again at the next sign-in (with the QR
// code of a new secret). Permission user.manage; refused attempts are audited too (S1, S9).
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError, notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { revokeAllSessions } from "./auth-session.ts";
import { can, type Actor } from "./permissions.ts";
import { PASSWORD_ROLES } from "./roles.ts";

export async function resetSecondFactor(
  actor: Actor,
  userId: number,
  client: ClientInfo,
): Promise<{ sessionsEnded: number }> {
  const target = { type: "User", id: userId };
  if (!can(actor, "user.manage")) {
    await recordAudit({
      actor,
      action: "auth.totp.reset",
      result: "DENIED",
      target,
      client,
      detail: { reason: "forbidden" },
    });
    throw new AppError("forbidden");
  }
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!user || !PASSWORD_ROLES.includes(user.role)) {
    await recordAudit({
      actor,
      action: "auth.totp.reset",
      result: "DENIED",
      target,
      client,
      detail: { reason: "notFound" },
    });
    throw notFound();
  }
  return db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { totpSecretEnc: null, totpLastStep: null, totpEnrolledAt: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    const sessionsEnded = await revokeAllSessions(userId, tx);
    await recordAudit(
      { actor, action: "auth.totp.reset", result: "SUCCESS", target, client, detail: { sessionsEnded } },
      tx,
    );
    return { sessionsEnded };
  });
}
