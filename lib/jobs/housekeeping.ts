// Daily clean-up of short-lived rows. Audit rows are kept (S9), sessions and codes are not.
import { db } from "../db.ts";

const DAY = 86_400_000;

export async function housekeeping(now = new Date()) {
  const [limits, codes, sessions] = await Promise.all([
    db.rateLimitHit.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 2 * DAY) } } }),
    db.otpCode.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 2 * DAY) } } }),
    db.authSession.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 30 * DAY) } } }),
  ]);
  return { rateLimits: limits.count, otpCodes: codes.count, sessions: sessions.count };
}
