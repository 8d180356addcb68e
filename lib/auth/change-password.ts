// A signed-in user changes their password. The new one must pass the policy (S3); afterwards every session of
// the user ends, this one included, so a stolen session does not outlive the change (S5). Refusals are AppErrors
// like every other use case's (the wrong current password beside its field); the form action shows them.
import { z } from "zod";
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError, fieldError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { revokeAllSessions } from "./auth-session.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { checkPassword, PASSWORD_MAX } from "./password-policy.ts";
import type { Actor } from "./permissions.ts";

const schema = z.strictObject({
  // Passwords set under the older 128-character limit must still be accepted as the current one.
  current: z.string({ error: "passwordRequired" }).min(1, { error: "passwordRequired" }).max(128, { error: "tooLong" }),
  next: z
    .string({ error: "passwordRequired" })
    .min(1, { error: "passwordRequired" })
    .max(PASSWORD_MAX, { error: "passwordTooLong" }),
  confirm: z.string({ error: "passwordMismatch" }).max(128, { error: "tooLong" }),
});

export async function changePassword(actor: Actor, raw: unknown, client: ClientInfo): Promise<void> {
  // Not before the second factor: a password alone must not be enough to replace the password.
  if (actor.gate === "verify" || actor.gate === "enrol") throw new AppError("unauthenticated");
  const { current, next, confirm } = schema.parse(raw);

  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, role: true, name: true, username: true, passwordHash: true },
  });
  if (!user?.passwordHash) throw new AppError("forbidden");
  if (!(await verifyPassword(user.passwordHash, current))) {
    await recordAudit({
      actor,
      action: "auth.password.change",
      result: "DENIED",
      client,
      detail: { reason: "wrongCurrent" },
    });
    throw fieldError("current", "currentPasswordWrong");
  }
  // The person's own words: username, name and the stations they work at (S3 "context words").
  const stations = actor.stationIds.length
    ? await db.station.findMany({ where: { id: { in: [...actor.stationIds] } }, select: { name: true } })
    : [];
  const problem = checkPassword(next, [user.username ?? "", user.name, ...stations.map((s) => s.name)]);
  if (problem) throw fieldError("next", `password_${problem}`);
  if (next !== confirm) throw fieldError("confirm", "passwordMismatch");
  if (await verifyPassword(user.passwordHash, next)) throw fieldError("next", "passwordUnchanged");

  const hash = await hashPassword(next);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash: hash,
        passwordChangedAt: new Date(),
        mustChangePassword: false,
        failedLoginCount: 0,
        lockedUntil: null,
      },
    });
    const ended = await revokeAllSessions(user.id, tx);
    await recordAudit(
      {
        actor,
        action: "auth.password.change",
        result: "SUCCESS",
        client,
        target: { type: "User", id: user.id },
        detail: { sessionsEnded: ended },
      },
      tx,
    );
  });
}
