// A round's life: staff open it (征集), move it to screening (初审/审议), fix the list for the vote (差额 checked
// here and by the database), set or press the voting times, and publish the result by the round's rule.
import { recordAudit } from "../audit/record-audit.ts";
import { requireRole, requireScope } from "../auth/authorize-in-region.ts";
import type { Actor } from "../auth/permissions.ts";
import { toDbDate } from "../calendar/civil-date.ts";
import { db } from "../db.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { loadRoundFor, regionPathOf } from "./access.ts";
import { guardReason, refuseStep } from "./refusal.ts";
import { decideOutcome } from "./result.ts";
import { createRoundSchema, roundIdSchema, votingTimesSchema } from "./schemas.ts";

export async function createRound(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ id: number }> {
  const target = { type: "ProjectRound", id: "new" };
  await requireRole(actor, "project.manage", target, client);
  const input = createRoundSchema.parse(raw);
  const path = await regionPathOf(input.regionId);
  await requireScope(actor, "project.manage", path ? { regionPath: path } : null, target, client);
  return db.$transaction(async (tx) => {
    const r = await tx.projectRound.create({
      data: {
        ...input,
        collectFrom: toDbDate(input.collectFrom),
        collectUntil: toDbDate(input.collectUntil),
        createdById: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actor,
        action: "project.round.create",
        target: { type: "ProjectRound", id: r.id },
        result: "SUCCESS",
        client,
        detail: { title: input.title, places: input.places, level: input.level, term: input.term, year: input.year },
      },
      tx,
    );
    return r;
  });
}

const NEXT: Record<string, "SCREENING" | "BALLOT" | undefined> = { COLLECTING: "SCREENING", SCREENING: "BALLOT" };

/** COLLECTING → SCREENING → BALLOT. Fixing the list needs more candidates than places (差额). */
export async function advanceRound(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const { roundId } = roundIdSchema.parse(raw);
  const round = await loadRoundFor(actor, "project.manage", roundId, client);
  const target = { type: "ProjectRound", id: roundId };
  const to = NEXT[round.status];
  if (!to) throw await refuseStep(actor, "project.round.advance", target, client, "wrongStage");
  try {
    await db.$transaction(async (tx) => {
      // The row lock makes the count and the move one step: a candidate added or removed meanwhile waits.
      const [locked] = await tx.$queryRaw<{ status: string; places: number }[]>`
        SELECT "status", "places" FROM "ProjectRound" WHERE "id" = ${roundId} FOR UPDATE`;
      if (locked.status !== round.status) throw new Error("project_round_stale");
      if (to === "BALLOT") {
        const n = await tx.projectCandidate.count({ where: { roundId } });
        if (n <= locked.places) throw new Error(`project_round_not_competitive: ${n} for ${locked.places}`);
      }
      await tx.projectRound.update({ where: { id: roundId }, data: { status: to } });
      await recordAudit(
        {
          actor,
          action: "project.round.advance",
          target,
          result: "SUCCESS",
          client,
          detail: { from: round.status, to },
        },
        tx,
      );
    });
  } catch (err) {
    const reason = guardReason(err) ?? (String(err).includes("project_round_stale") ? "wrongStage" : null);
    if (!reason) throw err;
    throw await refuseStep(actor, "project.round.advance", target, client, reason.replace(/^project_/, ""));
  }
}

export async function setVotingTimes(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = votingTimesSchema.parse(raw);
  const round = await loadRoundFor(actor, "project.manage", input.roundId, client);
  const target = { type: "ProjectRound", id: round.id };
  if (round.status === "DECIDED")
    throw await refuseStep(actor, "project.round.votingTimes", target, client, "wrongStage");
  await db.$transaction(async (tx) => {
    await tx.projectRound.update({
      where: { id: round.id },
      data: { votingOpensAt: input.opensAt, votingClosesAt: input.closesAt },
    });
    await recordAudit(
      {
        actor,
        action: "project.round.votingTimes",
        target,
        result: "SUCCESS",
        client,
        detail: { opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString() },
      },
      tx,
    );
  });
}

/** The button at the meeting: voting opens now (and stays open until closed by button or the set time). */
export async function openVoting(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const { roundId } = roundIdSchema.parse(raw);
  const round = await loadRoundFor(actor, "project.manage", roundId, client);
  const target = { type: "ProjectRound", id: roundId };
  if (round.status !== "BALLOT")
    throw await refuseStep(actor, "project.round.openVoting", target, client, "wrongStage");
  await db.$transaction(async (tx) => {
    const now = new Date();
    const closes = round.votingClosesAt && round.votingClosesAt > now ? round.votingClosesAt : null;
    const n = await tx.projectRound.updateMany({
      where: { id: roundId, status: "BALLOT" },
      data: { votingOpensAt: now, votingClosesAt: closes },
    });
    if (n.count !== 1) throw new Error("round moved");
    await recordAudit({ actor, action: "project.round.openVoting", target, result: "SUCCESS", client }, tx);
  });
}

/** The button at the meeting: voting closes now. A ballot in flight holds the round's row and finishes first. */
export async function closeVoting(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const { roundId } = roundIdSchema.parse(raw);
  const round = await loadRoundFor(actor, "project.manage", roundId, client);
  const target = { type: "ProjectRound", id: roundId };
  if (round.status !== "BALLOT" || !round.votingOpensAt) {
    throw await refuseStep(actor, "project.round.closeVoting", target, client, "wrongStage");
  }
  await db.$transaction(async (tx) => {
    const now = new Date();
    const opens = round.votingOpensAt! < now ? round.votingOpensAt! : new Date(now.getTime() - 1);
    await tx.projectRound.update({ where: { id: roundId }, data: { votingOpensAt: opens, votingClosesAt: now } });
    await recordAudit({ actor, action: "project.round.closeVoting", target, result: "SUCCESS", client }, tx);
  });
}

/** After voting has closed: the totals decide the projects by the round's rule; ties at the last place flagged. */
export async function publishResult(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const { roundId } = roundIdSchema.parse(raw);
  const round = await loadRoundFor(actor, "project.manage", roundId, client);
  const target = { type: "ProjectRound", id: roundId };
  const now = new Date();
  if (round.status !== "BALLOT" || !round.votingClosesAt || round.votingClosesAt > now) {
    throw await refuseStep(actor, "project.round.publish", target, client, "votingNotClosed");
  }
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "ProjectRound" WHERE "id" = ${roundId} FOR UPDATE`;
    const tallies = await tx.projectTally.findMany({ where: { roundId } });
    const present = await tx.projectAttendance.count({ where: { roundId } });
    const ballots = await tx.ballotParticipation.count({ where: { roundId } });
    const members = await congressSize(tx, round);
    const electorate = round.rule === "MOST_YES_HALF_ALL" ? members : Math.max(present, ballots);
    const outcome = decideOutcome(
      tallies.map((t) => ({ id: t.candidateId, yes: t.onlineYes + t.paperYes })),
      round.places,
      electorate,
    );
    for (const o of outcome) {
      await tx.projectCandidate.update({ where: { id: o.id }, data: { outcome: o.outcome, rank: o.rank } });
    }
    await tx.projectRound.update({ where: { id: roundId }, data: { status: "DECIDED", decidedAt: now } });
    await recordAudit(
      {
        actor,
        action: "project.round.publish",
        target,
        result: "SUCCESS",
        client,
        detail: {
          ballots,
          present,
          electorate,
          decided: outcome.filter((o) => o.outcome === "DECIDED").map((o) => o.id),
          tied: outcome.filter((o) => o.outcome === "TIED").map((o) => o.id),
        },
      },
      tx,
    );
  });
}

/** The deputies of the round's congress: a mandate of its level and term in its region. */
export async function congressSize(
  tx: Pick<typeof db, "deputyMandate">,
  round: { level: string; term: number; regionId: number },
): Promise<number> {
  return tx.deputyMandate.count({
    where: { level: round.level as never, term: round.term, regionId: round.regionId, deputy: { active: true } },
  });
}
