// The secret offered on the enrolment page. It is kept (encrypted) on the half-open session, not on the user,
// until a code from it is confirmed: a reload shows the same QR code, and an abandoned enrolment leaves the
// account exactly as it was.
import { db } from "../db.ts";
import { decryptPii, encryptPii } from "../crypto/pii.ts";
import { AppError } from "../errors.ts";
import type { SessionActor } from "./current-actor.ts";
import { newTotpSecret, totpUri } from "./totp.ts";

export async function startTotpEnrolment(actor: SessionActor): Promise<{ secret: string; uri: string }> {
  if (actor.gate !== "enrol") throw new AppError("forbidden");
  await db.authSession.updateMany({
    where: { id: actor.sessionId, revokedAt: null, secondFactorAt: null, totpPendingEnc: null },
    data: { totpPendingEnc: encryptPii(newTotpSecret()) },
  });
  const row = await db.authSession.findUnique({
    where: { id: actor.sessionId },
    select: { totpPendingEnc: true },
  });
  if (!row?.totpPendingEnc) throw new AppError("unauthenticated");
  const secret = decryptPii(row.totpPendingEnc);
  return { secret, uri: totpUri(secret, actor.username ?? String(actor.id)) };
}
