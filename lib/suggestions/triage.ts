// 整理: staff accept an item, decline it with a reason (and where to go instead), or merge a duplicate into
// another item. The proposer sees who declined and why on the tracking page.
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { notifyProposer } from "../notifications/notify.ts";
import { acceptSchema, declineSchema, mergeSchema } from "./action-schemas.ts";
import { loadSuggestionForAction } from "./load-for-action.ts";
import { moveSuggestion } from "./transition.ts";
import { written } from "../notifications/texts.ts";

export async function acceptSuggestion(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = acceptSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.triage");
  await db.$transaction(async (tx) => {
    await moveSuggestion(tx, {
      suggestion: { ...s, version: input.version },
      to: "ACCEPTED",
      actor,
      action: "ACCEPT",
      data: { acceptedAt: new Date() },
      client,
    });
    await notifyProposer(tx, s.proposerId, {
      title: written("notice.accepted.title"),
      body: written("notice.accepted.body", { title: s.title }),
      link: `/track/${s.trackingCode}`,
    });
  });
}

export async function declineSuggestion(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = declineSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.triage");
  await db.$transaction(async (tx) => {
    await moveSuggestion(tx, {
      suggestion: { ...s, version: input.version },
      to: "DECLINED",
      actor,
      action: "DECLINE",
      reason: input.reason,
      data: { declineReason: input.reason, referral: input.referral || null, closedAt: new Date(), dueAt: null },
      client,
    });
    await notifyProposer(tx, s.proposerId, {
      title: written("notice.declined.title"),
      body: input.referral
        ? written("notice.declined.bodyWithReferral", {
            title: s.title,
            reason: input.reason,
            referral: input.referral,
          })
        : written("notice.declined.body", { title: s.title, reason: input.reason }),
      link: `/track/${s.trackingCode}`,
      sms: written("sms.declined", { code: s.trackingCode }),
    });
  });
}

export async function mergeSuggestion(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = mergeSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.triage");
  const target = await db.suggestion.findUnique({
    where: { trackingCode: input.targetCode },
    select: { id: true, status: true },
  });
  if (!target) throw notFound();
  await loadSuggestionForAction(target.id, actor, "suggestion.triage"); // the target must be in scope too
  if (target.id === s.id) throw new AppError("invalid", "mergeIntoItself");
  if (target.status === "MERGED" || target.status === "DECLINED") throw new AppError("invalid", "mergeTargetClosed");
  await db.$transaction(async (tx) => {
    await moveSuggestion(tx, {
      suggestion: { ...s, version: input.version },
      to: "MERGED",
      actor,
      action: "MERGE",
      reason: written("recorded.mergedWith", { code: input.targetCode }),
      data: { mergedIntoId: target.id, closedAt: new Date(), dueAt: null },
      client,
    });
    await notifyProposer(tx, s.proposerId, {
      title: written("notice.merged.title"),
      body: written("notice.merged.body", { title: s.title, code: input.targetCode }),
      link: `/track/${input.targetCode}`,
    });
  });
}

/** Items that look like this one: same station (or region) and category, still open, newest first. */
export async function similarSuggestions(actor: Actor, suggestionId: number) {
  const s = await loadSuggestionForAction(suggestionId, actor, "suggestion.triage");
  const full = await db.suggestion.findUniqueOrThrow({
    where: { id: s.id },
    select: { title: true, regionId: true, stationId: true, categoryId: true },
  });
  const candidates = await db.suggestion.findMany({
    where: {
      id: { not: s.id },
      categoryId: full.categoryId,
      ...(full.stationId ? { stationId: full.stationId } : { regionId: full.regionId }),
      status: { notIn: ["MERGED", "DECLINED"] },
    },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, trackingCode: true, title: true, status: true, submittedAt: true },
  });
  // Rank by shared characters of the titles (Chinese has no spaces to split words on).
  const chars = new Set(full.title);
  return candidates
    .map((c) => ({ ...c, score: [...new Set(c.title)].filter((ch) => chars.has(ch)).length / Math.max(chars.size, 1) }))
    .filter((c) => c.score >= 0.3)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}
