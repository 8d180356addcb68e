// Who is asking, checked against the database on every request: a revoked, idle or expired session, or a
// disabled account, is no session at all (S5). Cached per request with React's cache().
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { currentClientInfo } from "../http/client-info.ts";
import { authOptions } from "./auth-options.ts";
import { can, type Action, type Actor, type Scope } from "./permissions.ts";
import { SESSION_TOUCH_MS, sessionIsLive } from "./session-policy.ts";

export type SessionActor = Actor & { name: string; sessionId: string; mustChangePassword: boolean };

export async function actorForSession(sid: string, now = new Date()): Promise<SessionActor | null> {
  const row = await db.authSession.findUnique({
    where: { id: sid },
    select: {
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          role: true,
          name: true,
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
    regionPath: u.region?.path ?? null,
    unitId: u.unitId,
    deputyId: u.deputyId,
    stationIds,
    sessionId: sid,
    mustChangePassword: u.mustChangePassword,
  };
}

export const getActor = cache(async (): Promise<SessionActor | null> => {
  const session = await getServerSession(authOptions());
  return session?.sid ? actorForSession(session.sid) : null;
});

/** For use cases: the signed-in actor, allowed to do `action` on `scope`, or an AppError. */
export async function requireActor(action: Action, scope?: Scope): Promise<SessionActor> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated");
  if (!can(actor, action, scope)) {
    await recordAudit({
      actor,
      action: "permission.denied",
      result: "DENIED",
      client: await currentClientInfo(),
      detail: { action },
    });
    throw new AppError("forbidden");
  }
  return actor;
}
