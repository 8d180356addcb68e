// 述职评议: a signed-in resident rates a deputy's report to voters (满意 / 基本满意 / 不满意) from the activity's
// rating link, from its start until its rating window closes. One rating per resident per 述职: the database's
// unique key decides, so a double click or a second tab records one. Every refusal is audited.
import { recordAudit } from "../audit/record-audit.ts";
import { requireRole } from "../auth/authorize-in-region.ts";
import type { Actor } from "../auth/permissions.ts";
import { isUniqueViolation } from "../database-errors.ts";
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { refuseActivityStep } from "./refusal.ts";
import { rateSchema } from "./schemas.ts";

/** A 述职 as its rating page shows it, or null when there is no such 述职. */
export async function reportForRating(activityId: number) {
  return db.dutyActivity.findFirst({
    where: { id: activityId, kind: "REPORT_TO_VOTERS" },
    select: {
      id: true,
      theme: true,
      place: true,
      startsAt: true,
      endsAt: true,
      ratingClosesAt: true,
      deputies: { where: { attended: true }, select: { deputy: { select: { id: true, name: true } } } },
    },
  });
}

export function ratingOpen(a: { startsAt: Date; ratingClosesAt: Date | null }, now: Date) {
  return a.ratingClosesAt != null && a.startsAt <= now && now < a.ratingClosesAt;
}

export async function rateVoterReport(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()) {
  const input = rateSchema.parse(raw);
  const target = { type: "DutyActivity", id: input.activityId };
  await requireRole(actor, "activity.rate", target, client);
  const a = await reportForRating(input.activityId);
  if (!a) throw notFound();
  if (!ratingOpen(a, now)) throw await refuseActivityStep(actor, "activity.rate", target, client, "ratingClosed");
  try {
    await db.$transaction(async (tx) => {
      await tx.voterReportRating.create({
        data: { activityId: a.id, residentId: actor.id, result: input.result, createdAt: now },
      });
      await recordAudit(
        { actor, action: "activity.rate", target, result: "SUCCESS", client, detail: { result: input.result } },
        tx,
      );
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw await refuseActivityStep(actor, "activity.rate", target, client, "alreadyRated");
    throw err;
  }
}

/** Has this resident rated this 述职 already? (The page shows their rating instead of the form.) */
export function ownRating(activityId: number, residentId: number) {
  return db.voterReportRating.findUnique({
    where: { activityId_residentId: { activityId, residentId } },
    select: { result: true },
  });
}
