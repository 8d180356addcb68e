// Reads of suggestions, each narrowed to what the actor may see (S1) and to the columns the page shows.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { scopeRule, type Actor } from "../auth/permissions.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { SuggestionStatus } from "../generated/prisma/enums.ts";

/** The where-clause that limits suggestions to the actor's read scope; throws when the role may not read any. */
export function suggestionScope(actor: Actor): Prisma.SuggestionWhereInput {
  switch (scopeRule(actor, "suggestion.read")) {
    case "own":
      return { proposerId: actor.id };
    case "region":
      return actor.regionPath ? { region: { path: { startsWith: actor.regionPath } } } : { id: -1 };
    case "station":
      return { stationId: { in: [...actor.stationIds] } };
    case "unit":
      return actor.unitId != null ? { assignments: { some: { unitId: actor.unitId } } } : { id: -1 };
    case "deputy":
      return {
        OR: [
          { proposerId: actor.id },
          ...(actor.deputyId != null ? [{ proposerDeputyId: actor.deputyId }] : []),
          { stationId: { in: [...actor.stationIds] } },
        ],
      };
    default:
      throw new AppError("forbidden");
  }
}

export async function countSuggestionsByStatus(actor: Actor): Promise<Partial<Record<SuggestionStatus, number>>> {
  const rows = await db.suggestion.groupBy({ by: ["status"], where: suggestionScope(actor), _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}

export async function listOwnSuggestions(actor: Actor, take = 20) {
  return db.suggestion.findMany({
    where: { proposerId: actor.id },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, trackingCode: true, title: true, status: true, submittedAt: true },
  });
}

/** The newest items an actor may read (a deputy: their own and those raised at their stations). */
export async function listReadableSuggestions(actor: Actor, take = 20) {
  return db.suggestion.findMany({
    where: suggestionScope(actor),
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      trackingCode: true,
      title: true,
      status: true,
      kind: true,
      submittedAt: true,
      station: { select: { name: true } },
    },
  });
}
