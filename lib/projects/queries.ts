// Reads for the pages: a proposer's own proposals, staff's rounds and one round's work, a deputy's ballots, and
// the public list. Tallies are read only after the round is decided (or by staff once voting has closed).
import type { Actor } from "../auth/permissions.ts";
import { can, scopeRule } from "../auth/permissions.ts";
import { db } from "../db.ts";

export async function listOwnProposals(actor: Actor) {
  if (!can(actor, "project.readOwnProposal", { ownerId: actor.id })) return [];
  return db.projectProposal.findMany({
    where: { proposerId: actor.id },
    orderBy: { id: "desc" },
    take: 50,
    select: {
      id: true,
      trackingCode: true,
      title: true,
      status: true,
      declineReason: true,
      submittedAt: true,
      round: { select: { id: true, title: true, status: true } },
      candidate: { select: { title: true, outcome: true } },
    },
  });
}

export async function listRoundsForStaff(actor: Actor) {
  if (scopeRule(actor, "project.read") !== "region" || !actor.regionPath) return [];
  const regions = await db.region.findMany({ where: { path: { startsWith: actor.regionPath } }, select: { id: true } });
  return db.projectRound.findMany({
    where: { regionId: { in: regions.map((r) => r.id) } },
    orderBy: { id: "desc" },
    take: 100,
    select: { id: true, title: true, year: true, status: true, places: true, level: true, term: true },
  });
}

export async function roundWork(roundId: number) {
  const [proposals, candidates, reviews, attendance, participations, members] = await Promise.all([
    db.projectProposal.findMany({
      where: { roundId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        trackingCode: true,
        source: true,
        title: true,
        content: true,
        location: true,
        beneficiaries: true,
        costWan: true,
        status: true,
        declineReason: true,
        mergedIntoId: true,
        candidateId: true,
      },
    }),
    db.projectCandidate.findMany({
      where: { roundId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        title: true,
        description: true,
        unitId: true,
        costWan: true,
        outcome: true,
        rank: true,
        tally: true,
      },
    }),
    db.projectReviewStep.findMany({ where: { roundId }, orderBy: { heldOn: "asc" } }),
    db.projectAttendance.findMany({ where: { roundId }, select: { deputyId: true } }),
    db.ballotParticipation.findMany({ where: { roundId }, select: { deputyId: true, method: true } }),
    db.projectRound.findUniqueOrThrow({ where: { id: roundId }, select: { level: true, term: true, regionId: true } }),
  ]);
  const deputies = await db.deputyMandate.findMany({
    where: { level: members.level, term: members.term, regionId: members.regionId, deputy: { active: true } },
    orderBy: { deputyId: "asc" },
    select: { deputy: { select: { id: true, name: true } } },
  });
  const units = await db.handlingUnit.findMany({
    where: { id: { in: candidates.map((c) => c.unitId) } },
    select: { id: true, name: true },
  });
  return { proposals, candidates, reviews, attendance, participations, deputies: deputies.map((d) => d.deputy), units };
}

/** The rounds a deputy may vote in: their congress's rounds at the ballot stage. */
export async function ballotsForDeputy(actor: Actor) {
  if (!can(actor, "project.vote") || actor.deputyId == null) return [];
  const mandates = await db.deputyMandate.findMany({
    where: { deputyId: actor.deputyId },
    select: { level: true, term: true, regionId: true },
  });
  if (mandates.length === 0) return [];
  const rounds = await db.projectRound.findMany({
    where: { status: { in: ["BALLOT", "DECIDED"] }, OR: mandates },
    orderBy: { id: "desc" },
    take: 20,
    select: { id: true, title: true, status: true, places: true, votingOpensAt: true, votingClosesAt: true },
  });
  const voted = await db.ballotParticipation.findMany({
    where: { deputyId: actor.deputyId, roundId: { in: rounds.map((r) => r.id) } },
    select: { roundId: true, method: true },
  });
  const present = await db.projectAttendance.findMany({
    where: { deputyId: actor.deputyId, roundId: { in: rounds.map((r) => r.id) } },
    select: { roundId: true },
  });
  return rounds.map((r) => ({
    ...r,
    voted: voted.find((v) => v.roundId === r.id)?.method ?? null,
    present: present.some((p) => p.roundId === r.id),
  }));
}

export async function ballotForDeputy(actor: Actor, roundId: number) {
  const mine = await ballotsForDeputy(actor);
  const round = mine.find((r) => r.id === roundId);
  if (!round) return null;
  const candidates = await db.projectCandidate.findMany({
    where: { roundId },
    orderBy: { id: "asc" },
    select: { id: true, title: true, description: true, costWan: true },
  });
  const unitNames = await db.projectCandidate.findMany({ where: { roundId }, select: { id: true, unitId: true } });
  const units = await db.handlingUnit.findMany({
    where: { id: { in: unitNames.map((u) => u.unitId) } },
    select: { id: true, name: true },
  });
  const unitOf = (id: number) => units.find((u) => u.id === unitNames.find((x) => x.id === id)?.unitId)?.name ?? "";
  return { round, candidates: candidates.map((c) => ({ ...c, unit: unitOf(c.id) })) };
}

/** The public page: rounds collecting, candidates after screening, decided projects and totals after close. */
export async function publicRounds() {
  const rounds = await db.projectRound.findMany({
    orderBy: { id: "desc" },
    take: 50,
    select: {
      id: true,
      title: true,
      year: true,
      status: true,
      places: true,
      collectFrom: true,
      collectUntil: true,
      regionId: true,
      decidedAt: true,
      ratingOpenedAt: true,
      ratingClosedAt: true,
    },
  });
  const regions = await db.region.findMany({
    where: { id: { in: rounds.map((r) => r.regionId) } },
    select: { id: true, name: true },
  });
  const candidates = await db.projectCandidate.findMany({
    where: { roundId: { in: rounds.filter((r) => r.status !== "COLLECTING").map((r) => r.id) } },
    orderBy: [{ rank: "asc" }, { id: "asc" }],
    select: {
      id: true,
      roundId: true,
      title: true,
      description: true,
      costWan: true,
      outcome: true,
      rank: true,
      tally: true,
    },
  });
  return rounds.map((r) => ({
    ...r,
    region: regions.find((x) => x.id === r.regionId)?.name ?? "",
    candidates: candidates
      .filter((c) => c.roundId === r.id)
      .map((c) => ({
        ...c,
        // Totals only once the result is published: nothing about a vote in progress.
        tally:
          r.status === "DECIDED" && c.tally
            ? {
                yes: c.tally.onlineYes + c.tally.paperYes,
                no: c.tally.onlineNo + c.tally.paperNo,
                abstain: c.tally.onlineAbstain + c.tally.paperAbstain,
              }
            : null,
      })),
  }));
}
