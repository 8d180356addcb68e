// The gate of a kind's template and export: the kind's permission over the actor's own region (the whole
// installation for accounts), a refusal audited. Returns the subtree the export may read.
import { recordAudit } from "../audit/record-audit.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { IMPORT_PERMISSION, batchRegionPath, type ImportKind } from "./kinds.ts";

export async function authorizeKind(
  actor: Actor,
  kind: ImportKind,
  step: string,
  client?: ClientInfo,
): Promise<string> {
  const regionPath = batchRegionPath(kind, actor);
  if (regionPath && can(actor, IMPORT_PERMISSION[kind], { regionPath })) return regionPath;
  await recordAudit({ actor, action: "permission.denied", result: "DENIED", client, detail: { action: step } });
  throw new AppError("forbidden");
}
