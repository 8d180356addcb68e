// Staff, deputies, units, leaders and admins sign in with a username and password.
// S4: five failures lock the account for 30 minutes, and every answer is the same whether the account exists,
// is disabled or is real (unknown and disabled names are "locked" by a counter of their own, at the same count).
// Per address (decision 0031): a shared office NAT must not be locked out by one stranger, so an address that
// has failed often (ADDRESS_SOFT) is refused only for the accounts it has itself failed on repeatedly (PAIR_SOFT);
// a colleague behind the same NAT who has not failed, or mistyped once, still signs in. Only an abusive address (ADDRESS_CEILING failures) is refused
// for every account. All windows slide (lib/auth/rate-limit.ts).
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { createAuthSession } from "./auth-session.ts";
import { burnPasswordCheck, verifyPassword } from "./password.ts";
import { PASSWORD_ROLES } from "./roles.ts";
import { countHits, hitLimits, type Limit } from "./rate-limit.ts";
import { passwordLoginSchema } from "./schemas.ts";
import { LOCKOUT_MS, LOCKOUT_THRESHOLD } from "./session-policy.ts";

export type LoginFailure = "invalid" | "locked" | "throttled" | "badInput";
export type LoginResult = { ok: true; userId: number; sessionId: string } | { ok: false; reason: LoginFailure };

const ADDRESS_WINDOW_S = 15 * 60;
/** Failures from one address after which it may only try accounts it has not failed on yet. */
export const ADDRESS_SOFT = 30;
/** Failures from one address after which it is treated as abusive and refused for every account. */
export const ADDRESS_CEILING = 100;

const addressFailures = (ip: string): Limit => ({
  key: `login-fail:ip:${ip}`,
  windowSeconds: ADDRESS_WINDOW_S,
  max: ADDRESS_SOFT,
});
/** Failures on one account from one address after which that address is refused for it (when over ADDRESS_SOFT). */
export const PAIR_SOFT = 3;
const pairFailures = (ip: string, name: string): Limit => ({
  key: `login-fail:pair:${ip}:${name.toLowerCase()}`,
  windowSeconds: ADDRESS_WINDOW_S,
  max: PAIR_SOFT,
});
const nameFailures = (name: string): Limit => ({
  key: `login-fail:name:${name.toLowerCase()}`,
  windowSeconds: LOCKOUT_MS / 1000,
  max: LOCKOUT_THRESHOLD,
});

/** Is this address refused for this account? Decided before the account is looked up, so it says nothing. */
async function addressRefuses(ip: string | null, username: string): Promise<boolean> {
  if (!ip) return false;
  const failures = await countHits(addressFailures(ip));
  if (failures >= ADDRESS_CEILING) return true;
  return failures >= ADDRESS_SOFT && (await countHits(pairFailures(ip, username))) >= PAIR_SOFT;
}

/** Every refused attempt counts against the address and the (address, account) pair, whoever the account is. */
async function countAddressFailure(ip: string | null, username: string): Promise<void> {
  if (ip) await hitLimits([addressFailures(ip), pairFailures(ip, username)]);
}

export async function passwordLogin(raw: unknown, client: ClientInfo): Promise<LoginResult> {
  const parsed = passwordLoginSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "badInput" };
  const { username, password } = parsed.data;
  const audit = (result: "SUCCESS" | "DENIED", reason: string, target?: { type: string; id: number }) =>
    recordAudit({ action: "auth.password", result, target, client, detail: { username, reason } });

  if (await addressRefuses(client.ip, username)) {
    await countAddressFailure(client.ip, username);
    await audit("DENIED", "addressThrottled");
    return { ok: false, reason: "throttled" };
  }

  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, role: true, passwordHash: true, disabledAt: true, lockedUntil: true },
  });
  const usable = user && user.passwordHash && !user.disabledAt && PASSWORD_ROLES.includes(user.role);

  if (!usable) {
    // The same steps as a real account: "locked" from the failure that reaches the threshold on, not after it.
    const earlier = await countHits(nameFailures(username));
    const locked = earlier >= LOCKOUT_THRESHOLD;
    if (!locked) {
      await burnPasswordCheck(password);
      await hitLimits([nameFailures(username)]);
    }
    await countAddressFailure(client.ip, username);
    await audit("DENIED", user ? "accountUnusable" : "unknownAccount");
    return { ok: false, reason: locked || earlier + 1 >= LOCKOUT_THRESHOLD ? "locked" : "invalid" };
  }

  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) {
    await countAddressFailure(client.ip, username);
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
    await countAddressFailure(client.ip, username);
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
