// Pages only, for a good experience: where a session that is not open yet must go first. Access itself is
// refused by getActor() in every action and route; this just saves a person a "not signed in" page.
import "server-only";
import { redirect } from "next/navigation";
import { getSessionActor, type SessionActor } from "./current-actor.ts";

export const SECOND_FACTOR_PATH = "/login/second-factor";
export const CHANGE_PASSWORD_PATH = "/account/password";

/** The path a session with this gate must visit before anything else, or null when it is open. */
export function gatePath(gate: SessionActor["gate"]): string | null {
  if (gate === "verify" || gate === "enrol") return SECOND_FACTOR_PATH;
  if (gate === "changePassword") return CHANGE_PASSWORD_PATH;
  return null;
}

/** The open actor; otherwise a redirect to sign in (no session) or to the gate the session is stopped at. */
export async function openActorOrRedirect(loginPath: string): Promise<SessionActor> {
  const actor = await getSessionActor();
  if (!actor) redirect(loginPath);
  const path = gatePath(actor.gate);
  if (path) redirect(path);
  return actor;
}
