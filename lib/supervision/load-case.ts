// Loads a supervision case and checks the actor may act on it (S1). A case's scope is its item's region and, as
// ownerId, its leader: a leader reaches only the cases they lead; a case out of reach is "not found".
import { db, type Tx } from "../db.ts";
import { notFound } from "../errors.ts";
import { assertCan } from "../auth/guard.ts";
import { type Action, type Actor, type Scope } from "../auth/permissions.ts";

export async function loadCaseForAction(id: number, actor: Actor, action: Action, tx: Tx = db) {
  const c = await tx.supervisionCase.findUnique({
    where: { id },
    select: {
      id: true,
      level: true,
      leaderId: true,
      reason: true,
      status: true,
      dueAt: true,
      version: true,
      suggestionId: true,
      suggestion: { select: { title: true, trackingCode: true, region: { select: { path: true } } } },
    },
  });
  if (!c) throw notFound();
  const scope = caseScope(c);
  const target = { type: "SupervisionCase", id };
  await assertCan(actor, "supervision.read", scope, { target, as: "notFound" });
  await assertCan(actor, action, scope, { target });
  return c;
}

export function caseScope(c: { leaderId: number | null; suggestion: { region: { path: string } } }): Scope {
  return { regionPath: c.suggestion.region.path, ownerId: c.leaderId };
}
