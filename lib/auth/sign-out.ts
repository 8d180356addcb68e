// Signing out ends the server-side session and leaves an audit row (S9: sign-in and sign-out are both on the
// record). Called from next-auth's signOut event; a session already revoked (second click, other tab) is not
// recorded twice.
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { revokeAuthSession } from "./auth-session.ts";

export async function signOutSession(sid: string, client: ClientInfo): Promise<void> {
  const session = await db.authSession.findUnique({
    where: { id: sid },
    select: { user: { select: { id: true, role: true } } },
  });
  if (!(await revokeAuthSession(sid)) || !session) return;
  await recordAudit({
    actor: session.user,
    action: "auth.signOut",
    target: { type: "User", id: session.user.id },
    result: "SUCCESS",
    client,
  });
}
