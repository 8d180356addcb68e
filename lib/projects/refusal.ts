// A step the rules refuse (wrong stage, 差额 not met, voting closed, already voted) is audited like a permission
// refusal, under the step's own action name, and reaches the person as a catalog message.
import { recordAudit } from "../audit/record-audit.ts";
import type { AuditAction } from "../audit/actions.ts";
import type { Actor } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";

export async function refuseStep(
  actor: Pick<Actor, "id" | "role">,
  action: AuditAction,
  target: { type: string; id: string | number },
  client: ClientInfo | undefined,
  reason: string,
): Promise<AppError> {
  await recordAudit({ actor, action, target, result: "DENIED", client, detail: { reason } });
  return new AppError("conflict", `projects.${reason}`);
}

/** A database guard's refusal (a trigger's named exception), or null for any other error. */
export function guardReason(err: unknown): string | null {
  const text = String((err as { message?: string })?.message ?? "");
  const m =
    /(project_round_not_competitive|project_candidate_list_fixed|project_round_places_fixed|project_tally_[a-z_]+)/.exec(
      text,
    );
  return m ? m[1] : null;
}
