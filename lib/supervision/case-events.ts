// A supervision case's own history. Each change writes one of these beside its audit row.
import type { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "../db.ts";

export type CaseAction = "OPEN" | "EDIT" | "NOTE" | "CLOSE" | "REOPEN";

export async function recordCaseEvent(
  tx: Tx,
  e: { caseId: number; actor: { id: number } | null; action: CaseAction; detail?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.supervisionCaseEvent.create({
    data: { caseId: e.caseId, actorId: e.actor?.id ?? null, action: e.action, detail: e.detail },
  });
}
