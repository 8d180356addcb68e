// Who is asking, checked against the database on every request: a revoked, idle or expired session, or a
// disabled account, is no session at all (S5). Cached per request with React's cache().
//
// A session is usable ("open") only after the second factor and, for a one-time password, the password change.
// getActor() — what every action, API route and page reads — returns nothing for any other session, so a
// half-open or must-change session is "unauthenticated" everywhere at once; only the second-factor pages and
// the password change ask for it by its gate (getGatedActor). docs/decisions/0033.
import { refuse } from "./guard.ts";
import "server-only";
import { cache } from "react";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { currentSessionId } from "./current-session-id.ts";
import { can, type Action, type Actor, type Scope } from "./permissions.ts";
import { SESSION_TOUCH_MS, sessionGate, sessionIsLive } from "./session-policy.ts";

export type SessionGate = NonNullable<Actor["gate"]>;
export type SessionActor = Actor & {
  name: string;
  username: string | null;
  sessionId: string;
  mustChangePassword: boolean;
  gate: SessionGate;
};

export async function actorForSession(sid: string, now = new Date()): Promise<SessionActor | null> {
  const row = await db.authSession.findUnique({
    where: { id: sid },
    select: {
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      secondFactorAt: true,
      user: {
        select: {
          id: true,
          role: true,
          name: true,
          username: true,
          totpSecretEnc: true,
          disabledAt: true,
          mustChangePassword: true,
          unitId: true,
          deputyId: true,
          region: { select: { path: true } },
          stationsManaged: { select: { stationId: true } },
          deputy: { select: { stations: { select: { stationId: true } } } },
        },
      },
    },
  });
  if (!row || !sessionIsLive(row, now) || row.user.disabledAt) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    await db.authSession.updateMany({ where: { id: sid, revokedAt: null }, data: { lastSeenAt: now } });
  }
  const u = row.user;
  const stationIds =
    u.role === "DEPUTY"
      ? (u.deputy?.stations ?? []).map((s) => s.stationId)
      : u.stationsManaged.map((s) => s.stationId);
  return {
    id: u.id,
    role: u.role,
    name: u.name,
    username: u.username,
    regionPath: u.region?.path ?? null,
    unitId: u.unitId,
    deputyId: u.deputyId,
    stationIds,
    sessionId: sid,
    mustChangePassword: u.mustChangePassword,
    gate: sessionGate(row.secondFactorAt, u.totpSecretEnc != null, u.mustChangePassword),
  };
}

/** The session's actor whatever its gate. Only for deciding where to send a visitor, never for access. */
export const getSessionActor = cache(async (): Promise<SessionActor | null> => {
  const sid = await currentSessionId();
  return sid ? actorForSession(sid) : null;
});

/** The signed-in actor with a fully open session, or null: the one read every action, route and page uses. */
export const getActor = cache(async (): Promise<SessionActor | null> => {
  const actor = await getSessionActor();
  return actor?.gate === "open" ? actor : null;
});

/** For the few pages and actions a session reaches on its way to open (second factor, password change). */
export async function getGatedActor(...allowed: SessionGate[]): Promise<SessionActor | null> {
  const actor = await getSessionActor();
  return actor && allowed.includes(actor.gate) ? actor : null;
}

/** For use cases: the signed-in actor, allowed to do `action` on `scope`, or an AppError. */
export async function requireActor(action: Action, scope?: Scope): Promise<SessionActor> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated");
  if (!can(actor, action, scope)) throw await refuse(actor, action);
  return actor;
}
