// The public tracking page (/track/<code>): where an item stands, the public steps with their dates, the reply
// and its class, who declined it and why — and nothing personal (no proposer, no content, no staff names).
import { db } from "../db.ts";
import { hitLimits } from "../auth/rate-limit.ts";
import { AppError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { trackingCodeSchema } from "./schemas.ts";
import { scopeRule, type Actor } from "../auth/permissions.ts";
import { refuse } from "../auth/guard.ts";
import { relayThread } from "./relay.ts";
import { currentLead } from "./unit-assignment.ts";

export async function getPublicTracking(rawCode: string, client: ClientInfo) {
  const parsed = trackingCodeSchema.safeParse(rawCode);
  if (!parsed.success) return null;
  // Codes are 8 characters from 32 (10^12 possibilities); the per-IP limit keeps guessing impractical.
  if (client.ip && (await hitLimits([{ key: `track:ip:${client.ip}`, windowSeconds: 60, max: 60 }]))) {
    throw new AppError("rateLimited");
  }
  const s = await db.suggestion.findUnique({
    where: { trackingCode: parsed.data },
    select: {
      trackingCode: true,
      title: true,
      kind: true,
      status: true,
      round: true,
      submittedAt: true,
      acceptedAt: true,
      assignedAt: true,
      repliedAt: true,
      fedBackAt: true,
      closedAt: true,
      dueAt: true,
      closeReason: true,
      replyClass: true,
      declineReason: true,
      referral: true,
      category: { select: { name: true } },
      station: { select: { id: true, name: true, contactPhone: true } },
      mergedInto: { select: { trackingCode: true } },
      events: {
        where: { public: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, action: true, toStatus: true, actorRole: true, reason: true, createdAt: true },
      },
      replies: {
        where: { status: "SENT" },
        orderBy: { round: "asc" },
        select: {
          id: true,
          round: true,
          classification: true,
          content: true,
          sentAt: true,
          unit: { select: { name: true } },
        },
      },
      evaluations: { orderBy: { round: "asc" }, select: { round: true, result: true, createdAt: true } },
    },
  });
  return s;
}

export type PublicTracking = NonNullable<Awaited<ReturnType<typeof getPublicTracking>>>;

/** What the signed-in proposer of this item sees beyond the public page: the rating form while it awaits their
 *  rating, the files sent with the replies, and for a confidential item the messages relayed by staff. Null for
 *  anyone else. */
/**
 * The proposer's own view of their item (rating, their reply files, the relay thread). A resident who opens
 * someone else's item gets the public page only, and the try is audited (S9): residents read only their own.
 */
export async function proposerView(actor: Actor | null, code: string, client?: ClientInfo) {
  if (!actor) return null;
  const s = await db.suggestion.findUnique({
    where: { trackingCode: code },
    select: {
      id: true,
      version: true,
      status: true,
      proposerId: true,
      confidential: true,
      assignments: { select: { role: true, status: true, round: true } },
      round: true,
      replies: {
        where: { status: "SENT" },
        select: { id: true, attachments: { select: { id: true, fileName: true, mimeType: true, size: true } } },
      },
    },
  });
  if (!s) return null;
  if (s.proposerId !== actor.id) {
    if (scopeRule(actor, "suggestion.read") === "own")
      await refuse(actor, "suggestion.read", { target: { type: "Suggestion", id: s.id }, client, as: "notFound" });
    return null;
  }
  const leadWorking = currentLead(s) !== undefined;
  return {
    id: s.id,
    version: s.version,
    awaitingRating: s.status === "FED_BACK",
    replyFiles: new Map(s.replies.map((r) => [r.id, r.attachments])),
    confidential: s.confidential,
    canMessageUnit: s.confidential && leadWorking && !["CLOSED", "DECLINED", "MERGED"].includes(s.status),
    relays: s.confidential ? await relayThread({ side: "proposer" }, s.id) : [],
  };
}
