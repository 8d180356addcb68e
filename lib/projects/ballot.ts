// 票决: the secret ballot (docs/decisions/0068). A ballot writes exactly two things in one transaction: the
// participation row (round, deputy, method — unique, so a deputy votes once) and +1 on one counter of every
// candidate. Nothing links a deputy to a choice: not a row, not a column, not an audit detail. Every tally row of
// the round is written by every ballot, so a row's last writer says nothing about whose choice it holds.
import { createHash, randomInt } from "node:crypto";
import { recordAudit } from "../audit/record-audit.ts";
import { assertCan } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { refuseStep } from "./refusal.ts";
import { ballotSchema, receiptSchema, type Choice } from "./schemas.ts";

// The tracking codes' alphabet (no 0/O, 1/I): a receipt is copied by hand. 16 characters: 80 random bits.
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const newReceipt = () => Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
export const receiptHash = (receipt: string) => createHash("sha256").update(`ballot-receipt:${receipt}`).digest("hex");

class Refused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** May this deputy vote in this round at all: a mandate of its congress (level, term, region)? */
export async function isCongressMember(
  deputyId: number,
  round: { level: string; term: number; regionId: number },
): Promise<boolean> {
  const m = await db.deputyMandate.findFirst({
    where: {
      deputyId,
      level: round.level as never,
      term: round.term,
      regionId: round.regionId,
      deputy: { active: true },
    },
    select: { id: true },
  });
  return m != null;
}

export async function castBallot(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ receipt: string }> {
  await assertCan(actor, "project.vote", undefined, { client });
  const input = ballotSchema.parse(raw);
  const target = { type: "ProjectRound", id: input.roundId };
  const round = await db.projectRound.findUnique({
    where: { id: input.roundId },
    select: { id: true, level: true, term: true, regionId: true, places: true, status: true },
  });
  if (!round || actor.deputyId == null || !(await isCongressMember(actor.deputyId, round))) {
    throw await refuseStep(actor, "project.ballot.cast", target, client, "notAVoter").then(() => notFound());
  }
  const deputyId = actor.deputyId;
  const candidates = await db.projectCandidate.findMany({ where: { roundId: round.id }, select: { id: true } });
  const wanted = new Set(candidates.map((c) => `c${c.id}`));
  const given = Object.keys(input.choices);
  // Every candidate marked, nothing else: an incomplete or tampered ballot is refused as a whole.
  if (given.length !== wanted.size || given.some((k) => !wanted.has(k))) {
    throw new AppError("invalid", "projects.choiceRequired");
  }
  const yes = Object.values(input.choices).filter((c) => c === "YES").length;
  if (yes > round.places) {
    await recordAudit({
      actor,
      action: "project.ballot.cast",
      target,
      result: "DENIED",
      client,
      detail: { reason: "tooManyYes" },
    });
    throw new AppError("invalid", "projects.tooManyYes", { places: round.places });
  }
  const receipt = newReceipt();
  const rows = candidates.map((c) => {
    const ch: Choice = input.choices[`c${c.id}`];
    return Prisma.sql`(${c.id}::int, ${ch === "YES" ? 1 : 0}::int, ${ch === "NO" ? 1 : 0}::int, ${ch === "ABSTAIN" ? 1 : 0}::int)`;
  });
  try {
    await db.$transaction(
      async (tx) => {
        const present = await tx.projectAttendance.findUnique({
          where: { roundId_deputyId: { roundId: round.id, deputyId } },
          select: { deputyId: true },
        });
        if (!present) throw new Refused("notPresent");
        // Who voted and when, never how (rolled back with the rest if the ballot is refused below).
        await recordAudit({ actor, action: "project.ballot.cast", target, result: "SUCCESS", client }, tx);
        // The round's row, locked last and held briefly: ballots of one round take turns (a close or the result
        // waits for them), and the box must be open by the clock at this moment.
        const open = await tx.$queryRaw<{ id: number }[]>`
          SELECT "id" FROM "ProjectRound"
          WHERE "id" = ${round.id} AND "status" = 'BALLOT' AND "votingOpensAt" <= clock_timestamp()
            AND ("votingClosesAt" IS NULL OR clock_timestamp() < "votingClosesAt")
          FOR NO KEY UPDATE`;
        if (open.length !== 1) throw new Refused("votingClosed");
        const inserted = await tx.$executeRaw`
          INSERT INTO "BallotParticipation" ("roundId", "deputyId", "method", "receiptHash")
          VALUES (${round.id}, ${deputyId}, 'ONLINE', ${receiptHash(receipt)})
          ON CONFLICT ("roundId", "deputyId") DO NOTHING`;
        if (inserted !== 1) throw new Refused("alreadyVoted");
        const updated = await tx.$executeRaw`
          UPDATE "ProjectTally" AS t
          SET "onlineYes" = t."onlineYes" + v.y, "onlineNo" = t."onlineNo" + v.n,
              "onlineAbstain" = t."onlineAbstain" + v.a
          FROM (VALUES ${Prisma.join(rows)}) AS v(cid, y, n, a)
          WHERE t."candidateId" = v.cid AND t."roundId" = ${round.id}`;
        if (updated !== candidates.length) throw new Refused("listChanged");
      },
      // At the meeting hundreds press at once: a ballot waits its turn for a connection rather than failing fast.
      { maxWait: 15_000, timeout: 15_000 },
    );
  } catch (err) {
    if (err instanceof Refused) throw await refuseStep(actor, "project.ballot.cast", target, client, err.reason);
    throw err;
  }
  return { receipt };
}

/** Has a ballot with this receipt been counted? Says which round, nothing about the ballot or the deputy. */
export async function checkReceipt(
  actor: Actor | null,
  raw: unknown,
  client?: ClientInfo,
): Promise<{ roundId: number; roundTitle: string; method: "ONLINE" | "PAPER" } | null> {
  const { receipt } = receiptSchema.parse(raw);
  const row = await db.ballotParticipation.findUnique({
    where: { receiptHash: receiptHash(receipt) },
    select: { roundId: true, method: true, round: { select: { title: true } } },
  });
  await recordAudit({
    actor: actor ? { id: actor.id, role: actor.role } : null,
    action: "project.receipt.check",
    target: row ? { type: "ProjectRound", id: row.roundId } : null,
    result: row ? "SUCCESS" : "FAILURE",
    client,
  });
  return row ? { roundId: row.roundId, roundTitle: row.round.title, method: row.method } : null;
}
