// One suggestion as the people working on it see it. Units never see a confidential proposer (保密); everyone
// who may see the proposer sees the phone masked (S8).
import { db } from "../db.ts";
import { decryptPii, maskPhone } from "../crypto/pii.ts";
import type { Actor } from "../auth/permissions.ts";
import { loadSuggestionForAction } from "./load-for-action.ts";
import { relayThread } from "./relay.ts";
import { returnDeadline } from "./returns.ts";

export async function getSuggestionDetail(actor: Actor, id: number) {
  const loaded = await loadSuggestionForAction(id, actor, "suggestion.read");
  const s = await db.suggestion.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      trackingCode: true,
      number: true,
      numberYear: true,
      coSigners: { orderBy: { addedAt: "asc" }, select: { deputy: { select: { id: true, name: true } } } },
      kind: true,
      source: true,
      status: true,
      version: true,
      round: true,
      title: true,
      content: true,
      locationText: true,
      confidential: true,
      dueAt: true,
      submittedAt: true,
      replyClass: true,
      closeReason: true,
      declineReason: true,
      referral: true,
      proposerName: true,
      proposerPhoneEnc: true,
      category: { select: { id: true, name: true } },
      regionId: true,
      region: { select: { name: true } },
      station: { select: { id: true, name: true } },
      mergedInto: { select: { trackingCode: true } },
      proposer: { select: { id: true, name: true, role: true, phoneEnc: true } },
      proposerDeputy: { select: { name: true } },
      attachments: { select: { id: true, fileName: true, mimeType: true, size: true } },
      assignments: {
        orderBy: [{ round: "asc" }, { role: "asc" }, { id: "asc" }],
        select: {
          id: true,
          role: true,
          status: true,
          round: true,
          dueAt: true,
          assignedAt: true,
          returnReason: true,
          coOpinion: true,
          coOpinionAt: true,
          unit: { select: { id: true, name: true } },
          extensions: {
            orderBy: { id: "asc" },
            select: { id: true, requestedDueAt: true, reason: true, status: true, createdAt: true },
          },
          returnRequests: {
            orderBy: { id: "asc" },
            select: { id: true, reason: true, status: true, decisionNote: true, createdAt: true },
          },
        },
      },
      records: {
        orderBy: { occurredAt: "asc" },
        select: {
          id: true,
          kind: true,
          contactMethod: true,
          occurredAt: true,
          content: true,
          unit: { select: { name: true } },
        },
      },
      replies: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          round: true,
          classification: true,
          content: true,
          status: true,
          reworkReason: true,
          nextCheckOn: true,
          createdAt: true,
          sentAt: true,
          unit: { select: { name: true } },
          attachments: { select: { id: true, fileName: true, mimeType: true, size: true } },
        },
      },
      evaluations: { orderBy: { round: "asc" }, select: { round: true, result: true, comment: true, createdAt: true } },
      followUp: { select: { classification: true, nextCheckAt: true, solvedAt: true } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          action: true,
          fromStatus: true,
          toStatus: true,
          actorRole: true,
          reason: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
      },
    },
  });
  const hideProposer = actor.role === "UNIT_STAFF" && s.confidential;
  const phoneEnc = s.proposer?.phoneEnc ?? s.proposerPhoneEnc;
  const proposer = hideProposer
    ? null
    : {
        name: s.proposerDeputy?.name ?? s.proposer?.name ?? s.proposerName ?? null,
        isDeputy: s.kind === "DEPUTY_SUGGESTION",
        phoneMasked: phoneEnc ? maskPhone(decryptPii(phoneEnc)) : null,
      };
  // Units see the staff's names on events only as roles, and never the proposer's own name.
  const events = s.events.map((e) => ({
    ...e,
    actorName: actor.role === "UNIT_STAFF" ? null : (e.actor?.name ?? null),
    actor: undefined,
  }));
  // Only the people between a confidential proposer and the unit take part in the relayed messages.
  const relays =
    actor.role === "COMMITTEE_STAFF"
      ? await relayThread({ side: "staff" }, id)
      : actor.role === "UNIT_STAFF" && actor.unitId != null
        ? await relayThread({ side: "unit", unitId: actor.unitId }, id)
        : [];
  // When each assignment's return window ends (a unit returns within it, or asks staff after it).
  const assignments = await Promise.all(
    s.assignments.map(async (a) => ({ ...a, returnBy: await returnDeadline(loaded, a) })),
  );
  // The raw proposer columns stay here: the page gets only the masked view above.
  return {
    ...s,
    assignments,
    relays,
    proposer,
    proposerName: undefined,
    proposerPhoneEnc: undefined,
    proposerDeputy: undefined,
    events,
    proposerHidden: hideProposer,
  };
}

export type SuggestionDetail = Awaited<ReturnType<typeof getSuggestionDetail>>;

/** Active handling units, for the assign form. */
export function activeUnits() {
  return db.handlingUnit.findMany({
    where: { active: true },
    orderBy: { id: "asc" },
    select: { id: true, name: true },
  });
}
