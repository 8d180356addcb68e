// S8: staff who must call the proposer may see the full number; each look is an audit row.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { decryptPii } from "../crypto/pii.ts";
import { loadSuggestionForAction } from "./load-for-action.ts";

export async function unmaskProposerPhone(actor: Actor, suggestionId: number, client?: ClientInfo): Promise<string> {
  await loadSuggestionForAction(suggestionId, actor, "proposer.unmask");
  const s = await db.suggestion.findUniqueOrThrow({
    where: { id: suggestionId },
    select: { proposerPhoneEnc: true, proposer: { select: { phoneEnc: true } } },
  });
  const enc = s.proposer?.phoneEnc ?? s.proposerPhoneEnc;
  if (!enc) throw new AppError("notFound");
  await recordAudit({
    actor,
    action: "pii.unmask",
    target: { type: "Suggestion", id: suggestionId },
    result: "SUCCESS",
    client,
    detail: { field: "proposerPhone" },
  });
  return decryptPii(enc);
}
