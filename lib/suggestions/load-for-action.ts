// Loads the facts a use case needs to decide, and checks the actor may act on this item (S1). An item the
// actor may not even read is "not found", exactly like one that does not exist.
import { db, type Tx } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { can, type Action, type Actor, type Scope } from "../auth/permissions.ts";

export async function loadSuggestionForAction(id: number, actor: Actor, action: Action, tx: Tx = db) {
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
  if (!can(actor, "suggestion.read", scope)) throw notFound();
  if (!can(actor, action, scope)) {
    await recordAudit({
      actor,
      action: "permission.denied",
      target: { type: "Suggestion", id },
      result: "DENIED",
      detail: { action },
    });
    throw new AppError("forbidden");
  }
  return s;
}

export type LoadedSuggestion = Awaited<ReturnType<typeof loadSuggestionForAction>>;
