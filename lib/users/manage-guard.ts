// The gates every account use case passes (S1, 三权分立): only a role with `user.manage` (the system admin) gets
// in, and a refusal of any kind leaves an audit row. Inside the transaction, the rows of every active admin are
// locked before a change that could take one away, so two admins disabling or demoting each other at the same
// moment are serialised: the second sees the first's change and is refused (docs/decisions/0043).
import type { AuditAction } from "../audit/actions.ts";
import { ZodError } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { can, type Actor } from "../auth/permissions.ts";
import type { Tx } from "../db.ts";
import { AppError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";

/** Refuses (and audits) anyone the permission table does not let manage accounts. */
export async function assertMayManageUsers(
  actor: Actor,
  client: ClientInfo | undefined,
  step: string,
  targetId?: number,
): Promise<void> {
  if (can(actor, "user.manage")) return;
  await recordAudit({
    actor,
    action: "permission.denied",
    result: "DENIED",
    client,
    target: targetId ? { type: "User", id: targetId } : null,
    detail: { action: "user.manage", step },
  });
  throw new AppError("forbidden");
}

/**
 * Runs a change; when it is refused (an AppError, such as the field-level "this deputy already has an account"
 * thrown from inside the transaction, or input the schema refused), records the refusal with its
 * reason before passing it on. The change's own transaction has rolled back by then, so the row is written apart.
 */
export async function auditingRefusal<T>(
  actor: Actor,
  client: ClientInfo | undefined,
  action: AuditAction,
  targetId: number | null,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const reason =
      err instanceof AppError ? err.messageKey : err instanceof ZodError ? (err.issues[0]?.message ?? "invalid") : null;
    if (reason)
      await recordAudit({
        actor,
        action,
        result: "DENIED",
        client,
        target: targetId ? { type: "User", id: targetId } : null,
        detail: { reason },
      });
    throw err;
  }
}

/** Locks the rows of every active system admin (in id order, so two transactions never deadlock on them). */
async function lockActiveAdmins(tx: Tx): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'SYSTEM_ADMIN' AND "disabledAt" IS NULL ORDER BY "id" FOR UPDATE`;
  return rows.map((r) => r.id);
}

/**
 * Locks the active admins, then the account being changed (always in this order, so that two admins changing
 * each other wait instead of deadlocking), and returns the account. A resident, or no account, is "not found".
 * Refuses an actor who has stopped being an active admin since their session was read.
 */
export async function lockForChange(tx: Tx, actor: Actor, userId: number) {
  const admins = await lockActiveAdmins(tx);
  if (!admins.includes(actor.id)) throw new AppError("forbidden");
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  const target = await tx.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      role: true,
      name: true,
      username: true,
      phoneEnc: true,
      regionId: true,
      unitId: true,
      deputyId: true,
      disabledAt: true,
      lockedUntil: true,
      failedLoginCount: true,
      mustChangePassword: true,
      stationsManaged: { select: { stationId: true }, orderBy: { stationId: "asc" } },
    },
  });
  if (!target || target.role === "RESIDENT") throw new AppError("notFound");
  return { target, activeAdmins: admins };
}
export type LockedTarget = Awaited<ReturnType<typeof lockForChange>>["target"];

/**
 * For a change that would take `target` out of the active admins (disabling it, or giving it another role):
 * nobody does it to themselves, and the last active admin stays.
 */
export function assertKeepsAnAdmin(actor: Actor, target: LockedTarget, activeAdmins: readonly number[]): void {
  if (target.id === actor.id) throw new AppError("conflict", "users.notYourself");
  if (activeAdmins.includes(target.id) && activeAdmins.length <= 1) throw new AppError("conflict", "users.lastAdmin");
}

/** For changes that cannot take an admin away: the actor is still an active admin (their row held until commit). */
export async function assertStillAdmin(tx: Tx, actor: Actor): Promise<void> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "User" WHERE "id" = ${actor.id} AND "role" = 'SYSTEM_ADMIN' AND "disabledAt" IS NULL FOR SHARE`;
  if (rows.length === 0) throw new AppError("forbidden");
}
