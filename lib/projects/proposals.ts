// 征集 and 初审: residents, deputies and staff (for a department) propose while the round collects; staff group
// duplicates, turn proposals into candidate projects, decline others with a reason the proposer sees, and record
// the review meetings. The candidate list can change only while collecting or screening (the database agrees).
import { recordAudit } from "../audit/record-audit.ts";
import { assertCan } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { fromDbDate, shanghaiDateOf, toDbDate } from "../calendar/civil-date.ts";
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { isUniqueViolation } from "../database-errors.ts";
import { countSubmission, isOverSubmissionCap, submissionLimit } from "../suggestions/submission-cap.ts";
import { newTrackingCode } from "../suggestions/tracking-code.ts";
import { loadRoundFor, regionPathOf } from "./access.ts";
import { guardReason, refuseStep } from "./refusal.ts";
import {
  candidateIdSchema,
  candidateSchema,
  declineSchema,
  editCandidateSchema,
  mergeSchema,
  proposeSchema,
  reviewSchema,
} from "./schemas.ts";

export async function submitProposal(
  actor: Actor,
  raw: unknown,
  client?: ClientInfo,
): Promise<{ id: number; trackingCode: string }> {
  const input = proposeSchema.parse(raw);
  const round = await db.projectRound.findUnique({
    where: { id: input.roundId },
    select: { id: true, regionId: true, status: true, collectFrom: true, collectUntil: true },
  });
  const target = { type: "ProjectRound", id: input.roundId };
  const path = round ? await regionPathOf(round.regionId) : null;
  // Residents and deputies may propose in any open round; staff only in their region, for a department.
  await assertCan(actor, "project.propose", path ? { regionPath: path } : undefined, {
    target,
    client,
    as: "notFound",
  });
  if (!round) throw notFound();
  const today = shanghaiDateOf(new Date());
  if (
    round.status !== "COLLECTING" ||
    today < fromDbDate(round.collectFrom) ||
    today > fromDbDate(round.collectUntil)
  ) {
    throw await refuseStep(actor, "project.proposal.submit", target, client, "notCollecting");
  }
  const isStaff = actor.role === "COMMITTEE_STAFF";
  if (isStaff && !input.unitId)
    throw await refuseStep(actor, "project.proposal.submit", target, client, "unitRequired");
  const limit = await submissionLimit(actor.id);
  if (await isOverSubmissionCap(limit)) {
    throw await refuseStep(actor, "project.proposal.submit", target, client, "submissionCap");
  }
  for (let attempt = 0; ; attempt++) {
    const trackingCode = newTrackingCode();
    try {
      const p = await db.$transaction(async (tx) => {
        const p = await tx.projectProposal.create({
          data: {
            roundId: round.id,
            trackingCode,
            source: isStaff ? "DEPARTMENT" : actor.role === "DEPUTY" ? "DEPUTY" : "RESIDENT",
            title: input.title,
            content: input.content,
            location: input.location,
            beneficiaries: input.beneficiaries,
            costWan: input.costWan ?? null,
            proposerId: actor.id,
            deputyId: actor.role === "DEPUTY" ? actor.deputyId : null,
            unitId: isStaff ? input.unitId : null,
          },
          select: { id: true, trackingCode: true },
        });
        await recordAudit(
          {
            actor,
            action: "project.proposal.submit",
            target: { type: "ProjectProposal", id: p.id },
            result: "SUCCESS",
            client,
            detail: { roundId: round.id, trackingCode },
          },
          tx,
        );
        return p;
      });
      await countSubmission(limit);
      return p;
    } catch (err) {
      if (isUniqueViolation(err) && attempt < 5) continue;
      throw err;
    }
  }
}

async function loadProposalFor(actor: Actor, proposalId: number, client?: ClientInfo) {
  const p = await db.projectProposal.findUnique({
    where: { id: proposalId },
    select: { id: true, roundId: true, status: true },
  });
  // An unknown proposal is checked against a round id that cannot exist, so the refusal looks the same.
  const round = await loadRoundFor(actor, "project.manage", p?.roundId ?? 0, client);
  if (!p) throw notFound();
  return { p, round };
}

const SCREENING = ["COLLECTING", "SCREENING"];

export async function declineProposal(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = declineSchema.parse(raw);
  const { p, round } = await loadProposalFor(actor, input.proposalId, client);
  const target = { type: "ProjectProposal", id: p.id };
  if (!SCREENING.includes(round.status)) {
    throw await refuseStep(actor, "project.proposal.decline", target, client, "wrongStage");
  }
  await db.$transaction(async (tx) => {
    const n = await tx.projectProposal.updateMany({
      where: { id: p.id, status: "SUBMITTED" },
      data: { status: "DECLINED", declineReason: input.reason },
    });
    if (n.count !== 1) throw new Error("proposal moved");
    await recordAudit(
      {
        actor,
        action: "project.proposal.decline",
        target,
        result: "SUCCESS",
        client,
        detail: { reason: input.reason },
      },
      tx,
    );
  });
}

/** Groups a duplicate under another proposal of the same round; it follows that one's fate. */
export async function mergeProposal(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = mergeSchema.parse(raw);
  const { p, round } = await loadProposalFor(actor, input.proposalId, client);
  const target = { type: "ProjectProposal", id: p.id };
  const into = await db.projectProposal.findUnique({
    where: { id: input.intoId },
    select: { id: true, roundId: true, status: true, mergedIntoId: true },
  });
  if (
    !SCREENING.includes(round.status) ||
    !into ||
    into.roundId !== p.roundId ||
    into.id === p.id ||
    into.mergedIntoId
  ) {
    throw await refuseStep(actor, "project.proposal.merge", target, client, "mergeRefused");
  }
  await db.$transaction(async (tx) => {
    const n = await tx.projectProposal.updateMany({
      where: { id: p.id, status: "SUBMITTED", duplicates: { none: {} } },
      data: { status: "MERGED", mergedIntoId: into.id },
    });
    if (n.count !== 1) throw new Error("proposal moved");
    await recordAudit(
      { actor, action: "project.proposal.merge", target, result: "SUCCESS", client, detail: { intoId: into.id } },
      tx,
    );
  });
}

/** A candidate project, adopting the proposals it answers (and their grouped duplicates). */
export async function createCandidate(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ id: number }> {
  const input = candidateSchema.parse(raw);
  const round = await loadRoundFor(actor, "project.manage", input.roundId, client);
  const target = { type: "ProjectRound", id: round.id };
  if (!SCREENING.includes(round.status)) {
    throw await refuseStep(actor, "project.candidate.create", target, client, "listFixed");
  }
  const unit = await db.handlingUnit.findUnique({
    where: { id: input.unitId },
    select: { region: { select: { path: true } } },
  });
  const roundPath = await regionPathOf(round.regionId);
  // The department is one of the round's region (or above it: a district bureau carries out a township's project).
  if (!unit || !roundPath || !(roundPath.startsWith(unit.region.path) || unit.region.path.startsWith(roundPath))) {
    throw await refuseStep(actor, "project.candidate.create", target, client, "unitRequired");
  }
  try {
    return await db.$transaction(async (tx) => {
      const c = await tx.projectCandidate.create({
        data: {
          roundId: round.id,
          title: input.title,
          description: input.description,
          unitId: input.unitId,
          costWan: input.costWan,
        },
        select: { id: true },
      });
      await tx.projectTally.create({ data: { candidateId: c.id, roundId: round.id } });
      if (input.proposalIds.length > 0) {
        const n = await tx.projectProposal.updateMany({
          where: { id: { in: input.proposalIds }, roundId: round.id, status: "SUBMITTED" },
          data: { status: "ADOPTED", candidateId: c.id },
        });
        if (n.count !== input.proposalIds.length) throw new Error("project_proposal_moved");
        await tx.projectProposal.updateMany({
          where: { mergedIntoId: { in: input.proposalIds } },
          data: { candidateId: c.id },
        });
      }
      await recordAudit(
        {
          actor,
          action: "project.candidate.create",
          target: { type: "ProjectCandidate", id: c.id },
          result: "SUCCESS",
          client,
          detail: { roundId: round.id, title: input.title, proposalIds: input.proposalIds },
        },
        tx,
      );
      return c;
    });
  } catch (err) {
    const reason = guardReason(err) ?? (String(err).includes("project_proposal_moved") ? "proposalMoved" : null);
    if (!reason) throw err;
    throw await refuseStep(
      actor,
      "project.candidate.create",
      target,
      client,
      reason === "project_candidate_list_fixed" ? "listFixed" : reason,
    );
  }
}

/** Takes a candidate off the list while screening; its proposals go back to waiting. */
export async function removeCandidate(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const { candidateId } = candidateIdSchema.parse(raw);
  const c = await db.projectCandidate.findUnique({ where: { id: candidateId }, select: { id: true, roundId: true } });
  const round = await loadRoundFor(actor, "project.manage", c?.roundId ?? 0, client);
  if (!c) throw notFound();
  const target = { type: "ProjectCandidate", id: c.id };
  if (!SCREENING.includes(round.status))
    throw await refuseStep(actor, "project.candidate.remove", target, client, "listFixed");
  try {
    await db.$transaction(async (tx) => {
      await tx.projectProposal.updateMany({
        where: { candidateId: c.id, status: "ADOPTED" },
        data: { status: "SUBMITTED", candidateId: null },
      });
      await tx.projectProposal.updateMany({ where: { candidateId: c.id }, data: { candidateId: null } });
      await tx.projectTally.delete({ where: { candidateId: c.id } });
      await tx.projectCandidate.delete({ where: { id: c.id } });
      await recordAudit(
        { actor, action: "project.candidate.remove", target, result: "SUCCESS", client, detail: { roundId: round.id } },
        tx,
      );
    });
  } catch (err) {
    if (!guardReason(err)) throw err;
    throw await refuseStep(actor, "project.candidate.remove", target, client, "listFixed");
  }
}

/** Corrects a candidate's title and description: while screening, and on the fixed list until voting opens. The
 *  department, cost and the list itself stay fixed; after voting has opened the database refuses too. */
export async function editCandidate(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = editCandidateSchema.parse(raw);
  const c = await db.projectCandidate.findUnique({
    where: { id: input.candidateId },
    select: { id: true, roundId: true, title: true, description: true },
  });
  const round = await loadRoundFor(actor, "project.manage", c?.roundId ?? 0, client);
  if (!c) throw notFound();
  const target = { type: "ProjectCandidate", id: c.id };
  const beforeVoting =
    SCREENING.includes(round.status) ||
    (round.status === "BALLOT" && (round.votingOpensAt == null || round.votingOpensAt > new Date()));
  if (!beforeVoting) throw await refuseStep(actor, "project.candidate.edit", target, client, "votingOpened");
  try {
    await db.$transaction(async (tx) => {
      await tx.projectCandidate.update({
        where: { id: c.id },
        data: { title: input.title, description: input.description },
      });
      await recordAudit(
        {
          actor,
          action: "project.candidate.edit",
          target,
          result: "SUCCESS",
          client,
          detail: {
            roundId: round.id,
            before: { title: c.title, description: c.description },
            after: { title: input.title, description: input.description },
          },
        },
        tx,
      );
    });
  } catch (err) {
    // Voting opened between the check and the update: the database's guard refused it.
    if (!guardReason(err)) throw err;
    throw await refuseStep(actor, "project.candidate.edit", target, client, "votingOpened");
  }
}

/** 审议: the government executive meeting, the chairmen's meeting, with their dates. */
export async function recordReview(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ id: number }> {
  const input = reviewSchema.parse(raw);
  const round = await loadRoundFor(actor, "project.manage", input.roundId, client);
  return db.$transaction(async (tx) => {
    const r = await tx.projectReviewStep.create({
      data: {
        roundId: round.id,
        kind: input.kind,
        heldOn: toDbDate(input.heldOn),
        note: input.note,
        recordedById: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actor,
        action: "project.review.record",
        target: { type: "ProjectRound", id: round.id },
        result: "SUCCESS",
        client,
        detail: { kind: input.kind, heldOn: input.heldOn },
      },
      tx,
    );
    return r;
  });
}
