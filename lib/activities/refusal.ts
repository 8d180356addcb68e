// A step the rules refuse (attendance before the activity, points already published, an issue raised twice, a
// 述职 rated twice or outside its window) is audited under the step's own action name and reaches the person as
// an `errors.activities.*` message.
import { recordAudit } from "../audit/record-audit.ts";
import type { AuditAction } from "../audit/actions.ts";
import type { Actor } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";

export async function refuseActivityStep(
  actor: Pick<Actor, "id" | "role">,
  action: AuditAction,
  target: { type: string; id: string | number },
  client: ClientInfo | undefined,
  reason: string,
): Promise<AppError> {
  await recordAudit({ actor, action, target, result: "DENIED", client, detail: { reason } });
  return new AppError("conflict", `activities.${reason}`);
}
