// S8: staff who must call the proposer may see the full number; each look is an audit row. A handling unit may
// too (it must record contact before replying), for an item it currently handles and never for a 保密 item,
// whose proposer it does not even know: that one it asks to call back through staff (relay.ts).
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { decryptPii } from "../crypto/pii.ts";
import { refuse } from "../auth/guard.ts";
import { loadSuggestionForAction } from "./load-for-action.ts";
import { isCurrent } from "./unit-assignment.ts";

export async function unmaskProposerPhone(actor: Actor, suggestionId: number, client?: ClientInfo): Promise<string> {
  const loaded = await loadSuggestionForAction(suggestionId, actor, "proposer.unmask");
  if (actor.role === "UNIT_STAFF") {
    const target = { type: "Suggestion", id: suggestionId };
    if (loaded.confidential) {
      await refuse(actor, "proposer.unmask", { target, client, detail: { reason: "confidential" } });
      throw new AppError("forbidden", "unmaskConfidential");
    }
    if (!loaded.assignments.some((a) => a.unitId === actor.unitId && isCurrent(a, loaded.round)))
      throw await refuse(actor, "proposer.unmask", { target, client, detail: { reason: "notCurrentAssignment" } });
  }
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
