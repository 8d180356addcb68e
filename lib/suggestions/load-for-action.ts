// Loads the facts a use case needs to decide, and checks the actor may act on this item (S1). An item the
// actor may not even read is "not found", exactly like one that does not exist.
import { db, type Tx } from "../db.ts";
import { notFound } from "../errors.ts";
import { assertCan, type Target } from "../auth/guard.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { type Action, type Actor, type Scope } from "../auth/permissions.ts";

/**
 * `refusal` says what a refusal's audit row names: by default this item, from the current request's address;
 * a caller reading a part of the item (an attachment) names that part.
 */
export async function loadSuggestionForAction(
  id: number,
  actor: Actor,
  action: Action,
  tx: Tx = db,
  refusal: { target?: Target; client?: ClientInfo } = {},
) {
  const s = await tx.suggestion.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      version: true,
      round: true,
      kind: true,
      source: true,
      categoryId: true,
      stationId: true,
      proposerId: true,
      proposerDeputyId: true,
      confidential: true,
      trackingCode: true,
      title: true,
      originId: true,
      submittedAt: true,
      region: { select: { path: true } },
      assignments: {
        select: { id: true, unitId: true, role: true, status: true, round: true, dueAt: true, assignedAt: true },
      },
    },
  });
  if (!s) throw notFound();
  const scope: Scope = {
    ownerId: s.proposerId,
    regionPath: s.region.path,
    stationId: s.stationId,
    unitIds: s.assignments.filter((a) => a.status !== "WITHDRAWN").map((a) => a.unitId),
    deputyIds: s.proposerDeputyId != null ? [s.proposerDeputyId] : [],
  };
  const target = refusal.target ?? { type: "Suggestion", id };
  const detail = refusal.target ? { suggestionId: id } : undefined;
  const client = refusal.client;
  await assertCan(actor, "suggestion.read", scope, { target, client, detail, as: "notFound" });
  await assertCan(actor, action, scope, { target, client, detail });
  return s;
}

export type LoadedSuggestion = Awaited<ReturnType<typeof loadSuggestionForAction>>;
