// S4 for the second factor: a wrong code counts exactly like a wrong password (lib/auth/password-login.ts runs
// the same statement), so five failures of either kind lock the account for 30 minutes. One statement counts
// the failure and sets the lock, so parallel guesses cannot slip past the threshold.
import { db } from "../db.ts";
import { LOCKOUT_MS, LOCKOUT_THRESHOLD } from "./session-policy.ts";

/** Counts one failure; true when this failure locked the account. */
export async function countFailedSignIn(userId: number, now = new Date()): Promise<boolean> {
  const rows = await db.$queryRaw<{ lockedUntil: Date | null }[]>`
    UPDATE "User" SET
      "failedLoginCount" = CASE WHEN "lockedUntil" IS NOT NULL AND "lockedUntil" <= ${now} THEN 1 ELSE "failedLoginCount" + 1 END,
      "lockedUntil" = CASE
        WHEN "lockedUntil" IS NOT NULL AND "lockedUntil" <= ${now} THEN NULL
        WHEN "failedLoginCount" + 1 >= ${LOCKOUT_THRESHOLD} THEN ${new Date(now.getTime() + LOCKOUT_MS)}
        ELSE "lockedUntil" END
    WHERE "id" = ${userId}
    RETURNING "lockedUntil"`;
  return rows[0]?.lockedUntil != null && rows[0].lockedUntil > now;
}
