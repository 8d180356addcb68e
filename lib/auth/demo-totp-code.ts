// Demo mode only: the demo accounts' second factor uses a published secret (lib/demo/demo-accounts.ts), so the
// verify page may show its current code under 演示, as the resident sign-in shows its code. Outside demo mode,
// or for any other account, or once a demo account has enrolled a secret of its own, there is nothing to show.
import { db } from "../db.ts";
import { decryptPii } from "../crypto/pii.ts";
import { isDemoMode } from "../env.ts";
import { DEMO_TOTP_SECRET, isDemoUsername } from "../demo/demo-accounts.ts";
import { totpCode, totpStep } from "./totp.ts";

/** Is this the demo account's published factor, in demo mode? Then it protects nothing, by design. */
export function isPublishedDemoFactor(username: string | null, secret: string): boolean {
  return isDemoMode() && isDemoUsername(username) && secret === DEMO_TOTP_SECRET;
}

export function demoTotpCode(username: string | null, secret: string, now = Date.now()): string | null {
  return isPublishedDemoFactor(username, secret) ? totpCode(secret, totpStep(now)) : null;
}

/** For the verify page: the code to show under 演示 for this account, or null (almost always). */
export async function demoTotpCodeFor(userId: number, username: string | null): Promise<string | null> {
  if (!isDemoMode() || !isDemoUsername(username)) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecretEnc: true } });
  return user?.totpSecretEnc ? demoTotpCode(username, decryptPii(user.totpSecretEnc)) : null;
}
