// The one way a use case refuses (S1, S9): check the permission table, and when the answer is no, write the
// refusal's audit row (who, which permission, on what, from where) and fail. Replaces the hand-written
// "if (!can(...)) { recordAudit(...); throw }" copies, which each remembered a different part of the row.
// A resource outside the actor's scope is refused as "not found" when the caller asks (it must look exactly
// like a resource that does not exist); the row records the truth.
import { recordAudit } from "../audit/record-audit.ts";
import type { AuditAction } from "../audit/actions.ts";
import { AppError } from "../errors.ts";
import { currentClientInfo, type ClientInfo } from "../http/client-info.ts";
import { can, type Action, type Actor, type Scope } from "./permissions.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export type Target = { type: string; id: string | number };

export type RefusalOptions = {
  /** What was asked for, when known (stored as the row's target). */
  target?: Target | null;
  /** The request's client; read from the current request when omitted (none in jobs and scripts). */
  client?: ClientInfo;
  /** How the refusal looks to the caller: "forbidden" (default) or "notFound" (out of scope looks absent). */
  as?: "forbidden" | "notFound";
  /** The audit row's action: "permission.denied" unless the refusal belongs to a named operation (an export). */
  audit?: AuditAction;
  /** Extra facts for the row (never secrets). */
  detail?: Record<string, Prisma.InputJsonValue>;
};

/** Writes the refusal's audit row and returns the error to throw. For refusals that are not a `can` answer. */
export async function refuse(
  actor: Pick<Actor, "id" | "role"> | null,
  permission: Action | string,
  opts: RefusalOptions = {},
): Promise<AppError> {
  await recordAudit({
    actor: actor ? { id: actor.id, role: actor.role } : null,
    action: opts.audit ?? "permission.denied",
    target: opts.target ?? null,
    result: "DENIED",
    client: opts.client ?? (await currentClientInfo()),
    detail: { action: permission, ...opts.detail },
  });
  return new AppError(opts.as ?? "forbidden");
}

/** True if `actor` may do `action` on `scope`; otherwise the refusal is audited and the answer is false. */
export async function permitted(
  actor: Actor | null,
  action: Action,
  scope: Scope | undefined,
  opts: RefusalOptions = {},
): Promise<boolean> {
  if (can(actor, action, scope)) return true;
  await refuse(actor, action, opts);
  return false;
}

/** Throws (after auditing) unless `actor` may do `action` on `scope`. */
export async function assertCan(
  actor: Actor | null,
  action: Action,
  scope: Scope | undefined,
  opts: RefusalOptions = {},
): Promise<void> {
  if (can(actor, action, scope)) return;
  throw await refuse(actor, action, opts);
}
