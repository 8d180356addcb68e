// Loads a reception session with what its scope checks need (S1): a session outside the actor's station or
// region is "not found"; one they may read but not act on is "forbidden" and audited.
import { db, type Tx } from "../db.ts";
import { notFound } from "../errors.ts";
import { refuse } from "../auth/guard.ts";
import { can, type Action, type Actor, type Scope } from "../auth/permissions.ts";

export async function loadSessionForAction(id: number, actor: Actor, action: Action, tx: Tx = db) {
  const s = await tx.receptionSession.findUnique({
    where: { id },
    select: {
      id: true,
      stationId: true,
      startsAt: true,
      endsAt: true,
      status: true,
      theme: true,
      capacity: true,
      bookedCount: true,
      station: { select: { name: true, regionId: true, region: { select: { path: true } } } },
      deputies: { select: { deputyId: true } },
    },
  });
  if (!s) throw notFound();
  const deputyIds = s.deputies.map((d) => d.deputyId);
  const scope: Scope = { stationId: s.stationId, regionPath: s.station.region.path, deputyIds };
  if (!mayReadSession(actor, scope))
    throw await refuse(actor, action, { target: { type: "ReceptionSession", id }, as: "notFound" });
  // A deputy logs only the sessions they were on duty at, not every session of their station.
  const onDuty = actor.role !== "DEPUTY" || (actor.deputyId != null && deputyIds.includes(actor.deputyId));
  if (!can(actor, action, scope) || !onDuty)
    throw await refuse(actor, action, { target: { type: "ReceptionSession", id } });
  return { ...s, deputyIds, scope };
}

/** Who may see a session's working pages (bookings, log): its managers, check-in staff and duty deputies. */
export function mayReadSession(actor: Actor, scope: Scope): boolean {
  return (
    can(actor, "session.manage", scope) || can(actor, "session.log", scope) || can(actor, "booking.checkIn", scope)
  );
}

export type LoadedSession = Awaited<ReturnType<typeof loadSessionForAction>>;
