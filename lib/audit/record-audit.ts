// S9: one row per login attempt, refusal, state change, unmasking and export. The table is append-only
// (a trigger refuses UPDATE and early DELETE), so this is the only write path.
import type { Prisma } from "../generated/prisma/client.ts";
import type { AuditResult, Role } from "../generated/prisma/enums.ts";
import { db, type Tx } from "../db.ts";
import type { ClientInfo } from "../http/client-info.ts";
import type { AuditAction } from "./actions.ts";

export type AuditInput = {
  actor?: { id: number; role: Role } | null;
  /** From the fixed list in ./actions.ts: a misspelt name fails the typecheck. */
  action: AuditAction;
  target?: { type: string; id: string | number } | null;
  result: AuditResult;
  client?: ClientInfo;
  detail?: Prisma.InputJsonValue;
};

export async function recordAudit(input: AuditInput, tx: Tx = db): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorRole: input.actor?.role ?? null,
      action: input.action,
      targetType: input.target?.type ?? null,
      targetId: input.target ? String(input.target.id) : null,
      result: input.result,
      ip: input.client?.ip ?? null,
      userAgent: input.client?.userAgent ?? null,
      detail: input.detail,
    },
  });
}
