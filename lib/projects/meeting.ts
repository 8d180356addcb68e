// At the congress session: staff mark who is present (only they may vote), mark the deputies who voted on paper
// (a participation row like an online ballot's, so they cannot also vote online, and an online voter cannot be
// marked), and enter the paper tallies counted at the meeting. None of this touches an online ballot.
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { loadRoundFor } from "./access.ts";
import { isCongressMember } from "./ballot.ts";
import { guardReason, refuseStep } from "./refusal.ts";
import { attendanceSchema, paperTallySchema, paperVoterSchema } from "./schemas.ts";

/** Adds the listed deputies of the congress to those present (present stays present: a voter cannot vanish). */
export async function markAttendance(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ added: number }> {
  const input = attendanceSchema.parse(raw);
  const round = await loadRoundFor(actor, "project.manage", input.roundId, client);
  const target = { type: "ProjectRound", id: round.id };
  if (round.status !== "BALLOT") throw await refuseStep(actor, "project.attendance.mark", target, client, "wrongStage");
  const members = await db.deputyMandate.findMany({
    where: { deputyId: { in: input.deputyIds }, level: round.level, term: round.term, regionId: round.regionId },
    select: { deputyId: true },
  });
  if (members.length !== new Set(input.deputyIds).size) {
    throw await refuseStep(actor, "project.attendance.mark", target, client, "notAVoter");
  }
  return db.$transaction(async (tx) => {
    const r = await tx.projectAttendance.createMany({
      data: input.deputyIds.map((deputyId) => ({ roundId: round.id, deputyId })),
      skipDuplicates: true,
    });
    await recordAudit(
      {
        actor,
        action: "project.attendance.mark",
        target,
        result: "SUCCESS",
        client,
        detail: { deputyIds: input.deputyIds },
      },
      tx,
    );
    return { added: r.count };
  });
}

/** A deputy present who votes on paper: their participation is recorded, without any choice. */
export async function markPaperVoter(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = paperVoterSchema.parse(raw);
  const round = await loadRoundFor(actor, "project.manage", input.roundId, client);
  const target = { type: "ProjectRound", id: round.id };
  if (round.status !== "BALLOT") throw await refuseStep(actor, "project.ballot.paper", target, client, "wrongStage");
  if (!(await isCongressMember(input.deputyId, round))) {
    throw await refuseStep(actor, "project.ballot.paper", target, client, "notAVoter");
  }
  const reason = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "ProjectRound" WHERE "id" = ${round.id} FOR NO KEY UPDATE`;
    const present = await tx.projectAttendance.findUnique({
      where: { roundId_deputyId: { roundId: round.id, deputyId: input.deputyId } },
      select: { deputyId: true },
    });
    if (!present) return "notPresent";
    const inserted = await tx.$executeRaw`
      INSERT INTO "BallotParticipation" ("roundId", "deputyId", "method") VALUES (${round.id}, ${input.deputyId}, 'PAPER')
      ON CONFLICT ("roundId", "deputyId") DO NOTHING`;
    if (inserted !== 1) return "alreadyVoted";
    await recordAudit(
      {
        actor,
        action: "project.ballot.paper",
        target,
        result: "SUCCESS",
        client,
        detail: { deputyId: input.deputyId },
      },
      tx,
    );
    return null;
  });
  if (reason) throw await refuseStep(actor, "project.ballot.paper", target, client, reason);
}

/** The paper tallies counted at the meeting, per candidate; the database checks they fit the paper ballots. */
export async function enterPaperTally(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = paperTallySchema.parse(raw);
  const round = await loadRoundFor(actor, "project.manage", input.roundId, client);
  const target = { type: "ProjectRound", id: round.id };
  if (round.status !== "BALLOT")
    throw await refuseStep(actor, "project.paperTally.enter", target, client, "wrongStage");
  const candidates = await db.projectCandidate.findMany({ where: { roundId: round.id }, select: { id: true } });
  const count = (k: string) => input.counts[k] ?? 0;
  const rows = candidates.map(
    (c) => Prisma.sql`(${c.id}::int, ${count(`y${c.id}`)}::int, ${count(`n${c.id}`)}::int, ${count(`a${c.id}`)}::int)`,
  );
  const known = new Set(candidates.flatMap((c) => [`y${c.id}`, `n${c.id}`, `a${c.id}`]));
  if (Object.keys(input.counts).some((k) => !known.has(k)) || rows.length === 0) {
    throw await refuseStep(actor, "project.paperTally.enter", target, client, "paperTallyInvalid");
  }
  try {
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "ProjectRound" WHERE "id" = ${round.id} FOR NO KEY UPDATE`;
      await tx.$executeRaw`
        UPDATE "ProjectTally" AS t SET "paperYes" = v.y, "paperNo" = v.n, "paperAbstain" = v.a
        FROM (VALUES ${Prisma.join(rows)}) AS v(cid, y, n, a)
        WHERE t."candidateId" = v.cid AND t."roundId" = ${round.id}`;
      await recordAudit(
        {
          actor,
          action: "project.paperTally.enter",
          target,
          result: "SUCCESS",
          client,
          detail: { counts: input.counts },
        },
        tx,
      );
    });
  } catch (err) {
    if (!guardReason(err)) throw err;
    throw await refuseStep(actor, "project.paperTally.enter", target, client, "paperTallyInvalid");
  }
}
