// Staff, deputies, units, leaders and admins sign in with a username and password.
// S4: five failures lock the account for 30 minutes, failures are throttled per IP, and every answer is the
// same whether or not the account exists (unknown names are "locked" by a counter of their own).
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { createAuthSession } from "./auth-session.ts";
import { burnPasswordCheck, verifyPassword } from "./password.ts";
import { PASSWORD_ROLES } from "./roles.ts";
import { hitLimits, isOverLimit, type Limit } from "./rate-limit.ts";
import { passwordLoginSchema } from "./schemas.ts";
import { LOCKOUT_MS, LOCKOUT_THRESHOLD } from "./session-policy.ts";

export type LoginFailure = "invalid" | "locked" | "throttled" | "badInput";
export type LoginResult = { ok: true; userId: number; sessionId: string } | { ok: false; reason: LoginFailure };

const ipFailures = (ip: string): Limit => ({ key: `login-fail:ip:${ip}`, windowSeconds: 15 * 60, max: 30 });
const nameFailures = (name: string): Limit => ({
  key: `login-fail:name:${name.toLowerCase()}`,
  windowSeconds: LOCKOUT_MS / 1000,
  max: LOCKOUT_THRESHOLD,
});

export async function passwordLogin(raw: unknown, client: ClientInfo): Promise<LoginResult> {
  const parsed = passwordLoginSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "badInput" };
  const { username, password } = parsed.data;
  const audit = (result: "SUCCESS" | "DENIED", reason: string, target?: { type: string; id: number }) =>
    recordAudit({ action: "auth.password", result, target, client, detail: { username, reason } });

  if (client.ip && (await isOverLimit(ipFailures(client.ip)))) {
    await audit("DENIED", "ipThrottled");
    return { ok: false, reason: "throttled" };
  }

  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, role: true, passwordHash: true, disabledAt: true, lockedUntil: true },
  });
  const usable = user && user.passwordHash && !user.disabledAt && PASSWORD_ROLES.includes(user.role);

  if (!usable) {
    const locked = await isOverLimit(nameFailures(username));
    if (!locked) await burnPasswordCheck(password);
    await hitLimits([nameFailures(username), ...(client.ip ? [ipFailures(client.ip)] : [])]);
    await audit("DENIED", user ? "accountUnusable" : "unknownAccount");
    return { ok: false, reason: locked ? "locked" : "invalid" };
  }

  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit("DENIED", "locked", { type: "User", id: user.id });
    return { ok: false, reason: "locked" };
  }

  if (!(await verifyPassword(user.passwordHash!, password))) {
    // One statement counts the failure and sets the lock, so parallel guesses cannot exceed the threshold.
    const rows = await db.$queryRaw<{ lockedUntil: Date | null }[]>`
      UPDATE "User" SET
        "failedLoginCount" = CASE WHEN "lockedUntil" IS NOT NULL AND "lockedUntil" <= ${now} THEN 1 ELSE "failedLoginCount" + 1 END,
        "lockedUntil" = CASE
          WHEN "lockedUntil" IS NOT NULL AND "lockedUntil" <= ${now} THEN NULL
          WHEN "failedLoginCount" + 1 >= ${LOCKOUT_THRESHOLD} THEN ${new Date(now.getTime() + LOCKOUT_MS)}
          ELSE "lockedUntil" END
      WHERE "id" = ${user.id}
      RETURNING "lockedUntil"`;
    if (client.ip) await hitLimits([ipFailures(client.ip)]);
    const lockedNow = rows[0]?.lockedUntil != null && rows[0].lockedUntil > now;
    await audit("DENIED", lockedNow ? "wrongPasswordLocked" : "wrongPassword", { type: "User", id: user.id });
    return { ok: false, reason: lockedNow ? "locked" : "invalid" };
  }

  const sessionId = await db.$transaction(async (tx) => {
    // The failure count is cleared only when the second factor passes (lib/auth/verify-second-factor.ts), or
    // here when a lock has run out: otherwise the right password could reset the count between guesses at
    // the code.
    if (user.lockedUntil)
      await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null } });
    const sid = await createAuthSession(user.id, client, tx);
    await recordAudit(
      {
        action: "auth.password",
        result: "SUCCESS",
        actor: { id: user.id, role: user.role },
        client,
        detail: { username },
      },
      tx,
    );
    return sid;
  });
  return { ok: true, userId: user.id, sessionId };
}
