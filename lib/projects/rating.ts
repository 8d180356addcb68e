// 满意度测评: staff open and close the round's rating window once the projects are delivered; while it is open each
// deputy of the round's congress rates each delivered project once (满意 / 基本满意 / 不满意). One rating per deputy
// per project is the table's primary key; the window is checked again by the database (docs/decisions/0072).
// Besides the overall verdict, a rating judges each dimension the round states (e.g. 群众受益, 工程质量), one
// verdict per dimension in the round's order; the database checks the count.
import { recordAudit } from "../audit/record-audit.ts";
import { assertCan } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { isUniqueViolation } from "../database-errors.ts";
import { fieldError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { loadRoundFor } from "./access.ts";
import { refuseStep } from "./refusal.ts";
import { dimensionField, ratingSchema, roundIdSchema } from "./schemas.ts";

export async function openRating(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const { roundId } = roundIdSchema.parse(raw);
  const round = await loadRoundFor(actor, "project.manage", roundId, client);
  const target = { type: "ProjectRound", id: roundId };
  const n = await db.projectRound.updateMany({
    where: { id: roundId, status: "DECIDED", ratingOpenedAt: null },
    data: { ratingOpenedAt: new Date() },
  });
  if (n.count !== 1) throw await refuseStep(actor, "project.rating.open", target, client, "ratingNotAllowed");
  await recordAudit({
    actor,
    action: "project.rating.open",
    target,
    result: "SUCCESS",
    client,
    detail: { status: round.status },
  });
}

export async function closeRating(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const { roundId } = roundIdSchema.parse(raw);
  await loadRoundFor(actor, "project.manage", roundId, client);
  const target = { type: "ProjectRound", id: roundId };
  const n = await db.projectRound.updateMany({
    where: { id: roundId, ratingOpenedAt: { not: null }, ratingClosedAt: null },
    data: { ratingClosedAt: new Date() },
  });
  if (n.count !== 1) throw await refuseStep(actor, "project.rating.close", target, client, "ratingNotOpen");
  await recordAudit({ actor, action: "project.rating.close", target, result: "SUCCESS", client });
}

export async function rateProject(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = ratingSchema.parse(raw);
  const target = { type: "ProjectCandidate", id: input.candidateId };
  await assertCan(actor, "project.rate", undefined, { target, client });
  const c = await db.projectCandidate.findUnique({
    where: { id: input.candidateId },
    select: {
      id: true,
      delivery: { select: { candidateId: true } },
      round: {
        select: {
          level: true,
          term: true,
          regionId: true,
          ratingOpenedAt: true,
          ratingClosedAt: true,
          dimensions: true,
        },
      },
    },
  });
  const member =
    c != null &&
    actor.deputyId != null &&
    (await db.deputyMandate.count({
      where: {
        deputyId: actor.deputyId,
        level: c.round.level,
        term: c.round.term,
        regionId: c.round.regionId,
        deputy: { active: true },
      },
    })) > 0;
  if (!c?.delivery || !member) throw await refuseStep(actor, "project.rating.cast", target, client, "notARater");
  if (!c.round.ratingOpenedAt || c.round.ratingClosedAt) {
    throw await refuseStep(actor, "project.rating.cast", target, client, "ratingNotOpen");
  }
  // One verdict for each dimension the round states, in its order; a missing one is asked for by its field.
  const dimensionVerdicts = c.round.dimensions.map((_, i) => {
    const v = input[dimensionField(i)];
    if (!v) throw fieldError(dimensionField(i), "delivery.verdictRequired");
    return v;
  });
  try {
    await db.$transaction(async (tx) => {
      await tx.projectRating.create({
        data: { candidateId: c.id, deputyId: actor.deputyId!, verdict: input.verdict, dimensionVerdicts },
      });
      await recordAudit(
        {
          actor,
          action: "project.rating.cast",
          target,
          result: "SUCCESS",
          client,
          detail: { verdict: input.verdict, dimensionVerdicts },
        },
        tx,
      );
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw await refuseStep(actor, "project.rating.cast", target, client, "alreadyRated");
    if (String((err as Error)?.message).includes("project_rating_closed")) {
      throw await refuseStep(actor, "project.rating.cast", target, client, "ratingNotOpen");
    }
    throw err;
  }
}
