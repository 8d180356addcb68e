// Server-side sessions (S5). The JWT cookie only names a row here; the row decides whether it still counts.
import { randomBytes } from "node:crypto";
import { db, type Tx } from "../db.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { SESSION_ABSOLUTE_MS } from "./session-policy.ts";

/** A new session. `complete: false` (the default, failing closed) makes it half-open: it counts only for the
 *  second-factor pages until secondFactorAt is set. Residents' phone-code sessions are complete from the start. */
export async function createAuthSession(
  userId: number,
  client: ClientInfo,
  tx: Tx = db,
  { complete = false }: { complete?: boolean } = {},
): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const now = new Date();
  await tx.authSession.create({
    data: {
      id,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      ip: client.ip,
      userAgent: client.userAgent,
      secondFactorAt: complete ? now : null,
    },
  });
  return id;
}

export async function revokeAuthSession(id: string): Promise<boolean> {
  const { count } = await db.authSession.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}

/** Password change and disabling an account end every session of that user. */
export async function revokeAllSessions(userId: number, tx: Tx = db): Promise<number> {
  const { count } = await tx.authSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}
