// The gate of the reference-data use cases (stations, units, categories, regions): a role without the action is
// refused ("forbidden"); a resource outside the actor's region looks like one that does not exist ("not found").
// Both write a DENIED audit row before anything is read or changed (S1, S9).
import { recordAudit } from "../audit/record-audit.ts";
import { AppError, notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { can, roleMay, type Action, type Actor, type Scope } from "./permissions.ts";

type Target = { type: string; id: string | number } | null;

async function deny(actor: Actor, action: Action, target: Target, client: ClientInfo | undefined, why: string) {
  await recordAudit({ actor, action: "permission.denied", target, result: "DENIED", client, detail: { action, why } });
}

/** Refuses a role that may not do `action` anywhere. Call first, before reading the resource. */
export async function requireRole(actor: Actor, action: Action, target: Target = null, client?: ClientInfo) {
  if (roleMay(actor, action)) return;
  await deny(actor, action, target, client, "role");
  throw new AppError("forbidden");
}

/** Refuses a resource outside the actor's scope as "not found" (scoped roles) after checking the role. */
export async function requireScope(
  actor: Actor,
  action: Action,
  scope: Scope | null,
  target: Target = null,
  client?: ClientInfo,
) {
  await requireRole(actor, action, target, client);
  if (scope && can(actor, action, scope)) return;
  await deny(actor, action, target, client, "scope");
  throw notFound();
}
