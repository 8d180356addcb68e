// Staff raise a resident's opinion into a formal deputy suggestion (代表建议) in the name of a deputy of the
// station or region. The opinion ends MERGED into the new suggestion and the suggestion keeps `originId`, so the
// resident follows it from their tracking page and is told when its reply goes out (review.ts).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { id, text } from "../validation/fields.ts";
import { db, type Tx } from "../db.ts";
import { AppError } from "../errors.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import type { SuggestionStatus } from "../generated/prisma/enums.ts";
import { notifyProposer } from "../notifications/notify.ts";
import { itemRef } from "./action-schemas.ts";
import { loadSuggestionForAction } from "./load-for-action.ts";
import { moveSuggestion } from "./transition.ts";
import { nextDeputyNumber } from "./deputy-number.ts";
import { newTrackingCode } from "./tracking-code.ts";
import { written } from "../notifications/texts.ts";

const raiseSchema = z.strictObject({
  ...itemRef,
  deputyId: id("deputyRequired"),
  title: text({ min: 4, max: 100, tooShort: "titleTooShort", tooLong: "titleTooLong" }),
});

export async function raiseAsDeputySuggestion(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = raiseSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.triage");
  if (s.kind !== "OPINION") throw new AppError("invalid", "alreadyDeputySuggestion");
  const full = await db.suggestion.findUniqueOrThrow({
    where: { id: s.id },
    select: {
      content: true,
      categoryId: true,
      regionId: true,
      stationId: true,
      locationText: true,
      confidential: true,
    },
  });
  const deputy = await db.deputy.findFirst({
    where: { id: input.deputyId, active: true },
    select: { id: true, name: true, user: { select: { id: true } } },
  });
  if (!deputy) throw new AppError("invalid", "deputyRequired");

  return db.$transaction((tx) =>
    raiseOpinion(tx, actor, { ...s, ...full, version: input.version }, deputy, input.title, client),
  );
}

type Opinion = {
  id: number;
  status: SuggestionStatus;
  version: number;
  trackingCode: string;
  title: string;
  proposerId: number | null;
  content: string;
  categoryId: number;
  regionId: number;
  stationId: number | null;
  locationText: string | null;
  confidential: boolean;
};

/**
 * The raise itself, inside the caller's transaction: the formal suggestion (accepted, `originId` kept), the opinion
 * merged into it, and the proposer told. Staff raise in a deputy's name (above); a deputy raises a letter written
 * to them in their own (lib/deputy-letters/forward-letter.ts).
 */
export async function raiseOpinion(
  tx: Tx,
  actor: Actor,
  s: Opinion,
  deputy: { id: number; name: string; user: { id: number } | null },
  title: string,
  client?: ClientInfo,
) {
  const now = new Date();
  const formal = await tx.suggestion.create({
    data: {
      trackingCode: newTrackingCode(),
      kind: "DEPUTY_SUGGESTION",
      source: "DEPUTY",
      title,
      content: s.content,
      categoryId: s.categoryId,
      regionId: s.regionId,
      stationId: s.stationId,
      locationText: s.locationText,
      confidential: s.confidential,
      proposerId: deputy.user?.id ?? null,
      proposerDeputyId: deputy.id,
      recordedById: actor.id,
      originId: s.id,
      acceptedAt: now,
      status: "ACCEPTED",
      version: 2, // two events below: submitted, accepted
      idempotencyKey: randomUUID(),
      ...(await nextDeputyNumber(tx, now)),
    },
    select: { id: true, trackingCode: true },
  });
  await tx.suggestionEvent.createMany({
    data: [
      {
        suggestionId: formal.id,
        actorId: actor.id,
        actorRole: actor.role,
        action: "SUBMIT",
        toStatus: "SUBMITTED",
        reason: written("recorded.raisedFrom", { code: s.trackingCode }),
        createdAt: now,
      },
      {
        suggestionId: formal.id,
        actorId: actor.id,
        actorRole: actor.role,
        action: "ACCEPT",
        fromStatus: "SUBMITTED",
        toStatus: "ACCEPTED",
        createdAt: now,
      },
    ],
  });
  await moveSuggestion(tx, {
    suggestion: s,
    to: "MERGED",
    actor,
    action: "RAISE_AS_DEPUTY_SUGGESTION",
    reason: written("recorded.raisedAs", { deputy: deputy.name, code: formal.trackingCode }),
    data: { mergedIntoId: formal.id, closedAt: now, dueAt: null },
    client,
  });
  await notifyProposer(tx, s.proposerId, {
    title: written("notice.raisedAsDeputy.title"),
    body: written("notice.raisedAsDeputy.body", { title: s.title, deputy: deputy.name, code: formal.trackingCode }),
    link: `/track/${formal.trackingCode}`,
  });
  return formal;
}

/** Deputies who can carry an opinion forward: those of its station, else those elected in its region. */
export async function deputiesForRaising(stationId: number | null, regionId: number) {
  const deputies = await db.deputy.findMany({
    where: {
      active: true,
      ...(stationId ? { stations: { some: { stationId } } } : { mandates: { some: { regionId } } }),
    },
    orderBy: { id: "asc" },
    take: 100,
    select: { id: true, name: true },
  });
  return deputies;
}
