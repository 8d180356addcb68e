// Loading a decided project's delivery for someone: the role is checked first, then the project against the
// actor's reach — staff and leaders by the round's region, the department by being the responsible unit, a deputy
// by being in its supervision group. Out of reach looks like not there (S1); both refusals are audited.
import { requireRole, requireScope } from "../auth/authorize-in-region.ts";
import type { Action, Actor, Scope } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { regionPathOf, roundSelect } from "./access.ts";

/** A decided candidate, its round, and its delivery (null until staff assign it). */
export async function loadProjectFor(actor: Actor, action: Action, candidateId: number, client?: ClientInfo) {
  const target = { type: "ProjectCandidate", id: candidateId };
  await requireRole(actor, action, target, client);
  const c = await db.projectCandidate.findUnique({
    where: { id: candidateId },
    select: {
      id: true,
      title: true,
      description: true,
      unitId: true,
      costWan: true,
      outcome: true,
      round: { select: roundSelect },
      delivery: {
        select: {
          unitId: true,
          leadOfficial: true,
          budgetWan: true,
          percent: true,
          supervisors: { select: { deputyId: true } },
        },
      },
    },
  });
  const path = c ? await regionPathOf(c.round.regionId) : null;
  const scope: Scope | null =
    c && path
      ? {
          regionPath: path,
          unitIds: c.delivery ? [c.delivery.unitId] : [],
          deputyIds: c.delivery ? c.delivery.supervisors.map((s) => s.deputyId) : [],
        }
      : null;
  // A project the vote did not decide has no delivery to reach, for anyone.
  await requireScope(actor, action, c?.outcome === "DECIDED" ? scope : null, target, client);
  if (!c) throw notFound();
  return c;
}

export type ProjectRow = Awaited<ReturnType<typeof loadProjectFor>>;
