// The public tracking page (/track/<code>): where an item stands, the public steps with their dates, the reply
// and its class, who declined it and why — and nothing personal (no proposer, no content, no staff names).
import { db } from "../db.ts";
import { hitLimits } from "../auth/rate-limit.ts";
import { AppError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { trackingCodeSchema } from "./schemas.ts";

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
      closeReason: true,
      replyClass: true,
      declineReason: true,
      referral: true,
      category: { select: { name: true } },
      station: { select: { id: true, name: true } },
      mergedInto: { select: { trackingCode: true } },
      events: {
        where: { public: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, action: true, toStatus: true, actorRole: true, reason: true, createdAt: true },
      },
      replies: {
        where: { status: "SENT" },
        orderBy: { round: "asc" },
        select: { id: true, round: true, classification: true, content: true, sentAt: true, unit: { select: { name: true } } },
      },
      evaluations: { orderBy: { round: "asc" }, select: { round: true, result: true, createdAt: true } },
    },
  });
  return s;
}

export type PublicTracking = NonNullable<Awaited<ReturnType<typeof getPublicTracking>>>;

/** When the signed-in viewer raised this item and it awaits their rating: what the rating form needs. */
export async function ownItemAwaitingRating(actorId: number | null, code: string) {
  if (actorId == null) return null;
  const s = await db.suggestion.findUnique({ where: { trackingCode: code }, select: { id: true, version: true, status: true, proposerId: true } });
  return s && s.proposerId === actorId && s.status === "FED_BACK" ? { id: s.id, version: s.version } : null;
}
