// The second step of a staff sign-in (S6): a code from the authenticator, or one of the recovery codes, turns a
// half-open session into a complete one. A code's time step may be used once per account (the conditional
// update on totpLastStep), a code outside ±1 step is stale, and every failure counts toward the same lockout
// as a wrong password (S4). Each outcome is audited (S9).
import type { AuditAction } from "../audit/actions.ts";
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { decryptPii } from "../crypto/pii.ts";
import { fieldErrorsFrom, type ActionState } from "../forms/action-state.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { revokeAuthSession } from "./auth-session.ts";
import { countFailedSignIn } from "./count-failed-sign-in.ts";
import type { SessionActor } from "./current-actor.ts";
import { isPublishedDemoFactor } from "./demo-totp-code.ts";
import { normalizeRecoveryCode, recoveryCodeHmac } from "./recovery-codes.ts";
import { secondFactorSchema } from "./second-factor-schema.ts";
import { matchTotpStep } from "./totp.ts";

type Failure = "wrongCode" | "replayed" | "wrongRecoveryCode";

export async function verifySecondFactor(
  actor: SessionActor,
  raw: unknown,
  client: ClientInfo,
  now = new Date(),
): Promise<ActionState> {
  const target = { type: "User", id: actor.id };
  const audit = (action: AuditAction, result: "SUCCESS" | "DENIED", detail: Record<string, string | number>) =>
    recordAudit({ actor, action, result, target, client, detail });
  if (actor.gate !== "verify") {
    await audit("auth.totp.verify", "DENIED", { reason: "notPending" });
    return { formError: "forbidden" };
  }
  const parsed = secondFactorSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const { code } = parsed.data;

  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { totpSecretEnc: true, lockedUntil: true },
  });
  if (!user?.totpSecretEnc) return { formError: "forbidden" };
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit("auth.totp.verify", "DENIED", { reason: "locked" });
    await revokeAuthSession(actor.sessionId);
    return { formError: "locked" };
  }

  async function fail(reason: Failure): Promise<ActionState> {
    const lockedNow = await countFailedSignIn(actor.id, now);
    await audit("auth.totp.verify", "DENIED", { reason });
    if (lockedNow) {
      await audit("auth.lockout", "DENIED", { after: "secondFactor" });
      await revokeAuthSession(actor.sessionId); // back to the password page, which says "locked"
      return { formError: "locked" };
    }
    return { fieldErrors: { code: reason === "replayed" ? "totpReplayed" : "totpWrong" } };
  }

  let usedRecoveryCode = false;
  if (/^\d{6}$/.test(code)) {
    const secret = decryptPii(user.totpSecretEnc);
    const step = matchTotpStep(secret, code, now.getTime());
    if (step == null) return fail("wrongCode");
    // The demo accounts' published factor is exempt from the replay rule: their code is on the page for anyone
    // in demo mode, and several people (and the browser tests) sign in as them at once. docs/decisions/0033.
    const replayable = isPublishedDemoFactor(actor.username, secret);
    const { count } = await db.user.updateMany({
      where: replayable
        ? { id: actor.id }
        : { id: actor.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    if (count !== 1) return fail("replayed");
  } else {
    const normalized = normalizeRecoveryCode(code);
    if (!normalized) return fail("wrongCode");
    const { count } = await db.recoveryCode.updateMany({
      where: { userId: actor.id, codeHmac: recoveryCodeHmac(normalized), usedAt: null },
      data: { usedAt: now },
    });
    if (count !== 1) return fail("wrongRecoveryCode");
    usedRecoveryCode = true;
  }

  const completed = await db.$transaction(async (tx) => {
    const { count } = await tx.authSession.updateMany({
      where: { id: actor.sessionId, revokedAt: null, secondFactorAt: null },
      data: { secondFactorAt: now },
    });
    if (count !== 1) return false;
    await tx.user.update({
      where: { id: actor.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    if (usedRecoveryCode) {
      const left = await tx.recoveryCode.count({ where: { userId: actor.id, usedAt: null } });
      await recordAudit(
        { actor, action: "auth.recovery-code.use", result: "SUCCESS", target, client, detail: { left } },
        tx,
      );
    }
    await recordAudit(
      {
        actor,
        action: "auth.totp.verify",
        result: "SUCCESS",
        target,
        client,
        detail: { with: usedRecoveryCode ? "recoveryCode" : "totp" },
      },
      tx,
    );
    return true;
  });
  return completed ? { ok: true } : { formError: "secondFactorExpired" };
}
