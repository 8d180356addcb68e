// Enrolment ends when the person types a code from the secret they were shown: the secret moves from the
// session to the account, ten recovery codes are made (returned once, stored only as HMACs), and this session
// becomes complete. The step of the confirming code counts as used, so it cannot sign in again.
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { decryptPii } from "../crypto/pii.ts";
import { fieldErrorsFrom, type ActionState } from "../forms/action-state.ts";
import type { ClientInfo } from "../http/client-info.ts";
import type { SessionActor } from "./current-actor.ts";
import { newRecoveryCodes, normalizeRecoveryCode, recoveryCodeHmac } from "./recovery-codes.ts";
import { enrolmentCodeSchema } from "./second-factor-schema.ts";
import { matchTotpStep } from "./totp.ts";

export type EnrolmentState = ActionState & { recoveryCodes?: string[] };

export async function confirmTotpEnrolment(
  actor: SessionActor,
  raw: unknown,
  client: ClientInfo,
  now = new Date(),
): Promise<EnrolmentState> {
  const audit = (result: "SUCCESS" | "DENIED", detail: Record<string, string | number>) =>
    recordAudit({ actor, action: "auth.totp.enrol", result, target: { type: "User", id: actor.id }, client, detail });
  if (actor.gate !== "enrol") {
    await audit("DENIED", { reason: "notEnrolling" });
    return { formError: "forbidden" };
  }
  const parsed = enrolmentCodeSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues) };

  const session = await db.authSession.findUnique({
    where: { id: actor.sessionId },
    select: { totpPendingEnc: true },
  });
  if (!session?.totpPendingEnc) return { formError: "secondFactorExpired" };
  const step = matchTotpStep(decryptPii(session.totpPendingEnc), parsed.data.code, now.getTime());
  if (step == null) {
    // Not counted toward the lockout: whoever is here holds the secret being set up, so a wrong code is a typo
    // or a clock, not a guess. It is still recorded.
    await audit("DENIED", { reason: "wrongCode" });
    return { fieldErrors: { code: "totpWrong" } };
  }

  const codes = newRecoveryCodes();
  const enrolled = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, totpSecretEnc: null },
      data: {
        totpSecretEnc: session.totpPendingEnc,
        totpLastStep: step,
        totpEnrolledAt: now,
        failedLoginCount: 0,
        lockedUntil: null,
      },
    });
    if (count !== 1) return false; // enrolled meanwhile (another tab): this secret is not the account's
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.createMany({
      data: codes.map((c) => ({ userId: actor.id, codeHmac: recoveryCodeHmac(normalizeRecoveryCode(c)!) })),
    });
    await tx.authSession.updateMany({
      where: { id: actor.sessionId, revokedAt: null },
      data: { secondFactorAt: now, totpPendingEnc: null },
    });
    await recordAudit(
      {
        actor,
        action: "auth.totp.enrol",
        result: "SUCCESS",
        target: { type: "User", id: actor.id },
        client,
        detail: { recoveryCodes: codes.length },
      },
      tx,
    );
    return true;
  });
  if (!enrolled) {
    await audit("DENIED", { reason: "alreadyEnrolled" });
    return { formError: "secondFactorExpired" };
  }
  return { ok: true, recoveryCodes: codes };
}
