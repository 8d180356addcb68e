import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { can, type Actor } from "../auth/permissions.ts";

/** The audit log is for auditors only (三权分立: admins manage accounts, auditors read the log). */
export async function latestAuditEvents(actor: Actor, take = 50) {
  if (!can(actor, "audit.read")) throw new AppError("forbidden");
  return db.auditEvent.findMany({
    orderBy: { id: "desc" },
    take,
    select: {
      id: true,
      occurredAt: true,
      action: true,
      result: true,
      actorId: true,
      actorRole: true,
      ip: true,
      targetType: true,
      targetId: true,
    },
  });
}
