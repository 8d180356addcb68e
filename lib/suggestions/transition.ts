// Moves a suggestion from one stage to the next: a conditional update on (id, stage, version) plus the event
// row and the audit row, inside the caller's transaction. If anyone moved the item first, the update matches
// nothing and the caller gets "stale" (R3); a move the table does not allow is refused before touching anything.
import type { Prisma } from "../generated/prisma/client.ts";
import type { Role, SuggestionStatus } from "../generated/prisma/enums.ts";
import type { Tx } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { canMove } from "./workflow.ts";
import type { SuggestionMove } from "../audit/actions.ts";

export type Move = {
  suggestion: { id: number; status: SuggestionStatus; version: number };
  to: SuggestionStatus;
  actor: { id: number; role: Role } | null;
  action: SuggestionMove;
  reason?: string | null;
  /** Whether the proposer and the public tracking page see this step. */
  isPublic?: boolean;
  /** Other columns changed by the same move (timestamps, dueAt, round, ...). */
  data?: Prisma.SuggestionUncheckedUpdateManyInput;
  client?: ClientInfo;
};

export async function moveSuggestion(tx: Tx, move: Move): Promise<{ version: number }> {
  const { suggestion: s, to } = move;
  if (!canMove(s.status, to)) throw new AppError("invalid", "illegalTransition");
  const { count } = await tx.suggestion.updateMany({
    where: { id: s.id, status: s.status, version: s.version },
    data: { ...move.data, status: to, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("stale");
  await tx.suggestionEvent.create({
    data: {
      suggestionId: s.id,
      actorId: move.actor?.id ?? null,
      actorRole: move.actor?.role ?? null,
      action: move.action,
      fromStatus: s.status,
      toStatus: to,
      reason: move.reason ?? null,
      public: move.isPublic ?? true,
    },
  });
  await recordAudit(
    {
      actor: move.actor,
      action: `suggestion.${move.action.toLowerCase() as Lowercase<SuggestionMove>}`,
      target: { type: "Suggestion", id: s.id },
      result: "SUCCESS",
      client: move.client,
      detail: { from: s.status, to },
    },
    tx,
  );
  return { version: s.version + 1 };
}
