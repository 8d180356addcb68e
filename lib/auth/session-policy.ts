// S5 session limits, in one place so the JWT, the database row and the tests agree.
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so busy pages do not write on every request. */
export const SESSION_TOUCH_MS = 60 * 1000;

export type SessionRow = { createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null };

export function sessionIsLive(row: SessionRow, now = new Date()): boolean {
  if (row.revokedAt) return false;
  if (row.expiresAt.getTime() <= now.getTime()) return false;
  return now.getTime() - row.lastSeenAt.getTime() < SESSION_IDLE_MS;
}

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 30 * 60 * 1000;

/** What a session may reach: nothing but the second factor until it is passed (enrol if the account has no
 *  secret yet), then nothing but the password change while a one-time password is in use, then everything its
 *  role allows ("open"). docs/decisions/0033. */
export function sessionGate(
  secondFactorAt: Date | null,
  enrolled: boolean,
  mustChangePassword: boolean,
): "open" | "verify" | "enrol" | "changePassword" {
  if (!secondFactorAt) return enrolled ? "verify" : "enrol";
  return mustChangePassword ? "changePassword" : "open";
}
