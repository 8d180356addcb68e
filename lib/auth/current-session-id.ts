// The session id the request's JWT cookie names, or null. Alone in its file so that integration tests can stand
// in for the cookie (next-auth reads it from the request) while everything behind it runs for real.
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options.ts";

export async function currentSessionId(): Promise<string | null> {
  const session = await getServerSession(authOptions());
  return session?.sid ?? null;
}
