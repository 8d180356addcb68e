// 评价: the proposer rates the reply. 满意 / 基本满意 close the item; 不满意 opens a new round of handling
// with a one-month deadline for the same lead unit and a supervision case. An item left unrated past the
// window closes itself, recorded as unrated — never as satisfied.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { notifyStaffFor, notifyUnit } from "../notifications/notify.ts";
import { evaluateSchema } from "./action-schemas.ts";
import { dueAtFor } from "./due.ts";
import { loadSuggestionForAction } from "./load-for-action.ts";
import { moveSuggestion } from "./transition.ts";
import type { AssignmentStart } from "../status/assignment.ts";

export async function evaluateSuggestion(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = evaluateSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.evaluate");
  if (s.status !== "FED_BACK") throw new AppError("invalid", "illegalTransition");
  const now = new Date();
  const unsatisfied = input.result === "UNSATISFIED";
  const lead = s.assignments.find((a) => a.round === s.round && a.role === "LEAD" && a.status === "REPLIED");
  const rehandleBy = unsatisfied
    ? await dueAtFor("REHANDLE", { kind: s.kind, source: s.source, categoryId: s.categoryId }, now)
    : null;
  if (unsatisfied && (!lead || !rehandleBy)) throw new AppError("invalid", "noDueRule");

  await db.$transaction(async (tx) => {
    await tx.evaluation.create({
      data: {
        suggestionId: s.id,
        round: s.round,
        evaluatorId: actor.id,
        result: input.result,
        comment: input.comment || null,
      },
    });
    if (input.result !== "UNSATISFIED") {
      await moveSuggestion(tx, {
        suggestion: { ...s, version: input.version },
        to: "CLOSED",
        actor,
        action: "EVALUATE",
        reason: input.comment || null,
        data: { closedAt: now, closeReason: input.result, dueAt: null },
        client,
      });
      return;
    }
    await moveSuggestion(tx, {
      suggestion: { ...s, version: input.version },
      to: "HANDLING",
      actor,
      action: "REHANDLE",
      reason: input.comment || "提出人不满意",
      data: { round: s.round + 1, dueAt: rehandleBy },
      client,
    });
    await tx.assignment.create({
      data: {
        suggestionId: s.id,
        unitId: lead!.unitId,
        role: "LEAD",
        status: "ACCEPTED" satisfies AssignmentStart,
        round: s.round + 1,
        dueAt: rehandleBy!,
        assignedAt: now,
        acceptedAt: now,
      },
    });
    await tx.supervisionCase.create({
      data: {
        suggestionId: s.id,
        level: "ROUTINE",
        reason: `提出人不满意，第 ${s.round + 1} 轮办理${input.comment ? `：${input.comment}` : ""}`,
        dueAt: rehandleBy,
      },
    });
    await notifyUnit(tx, lead!.unitId, {
      title: "提出人不满意，请再次办理",
      body: `「${s.title}」须在一个月内再次答复。`,
      link: `/unit/suggestions/${s.id}`,
    });
    await notifyStaffFor(tx, s.region.path, {
      title: "不满意事项已转入督办",
      body: `「${s.title}」`,
      link: `/staff/suggestions/${s.id}`,
    });
  });
}

/** The job: items fed back whose rating window has passed close as unrated. Safe to run any number of times. */
export async function closeUnratedItems(now = new Date(), batch = 500): Promise<number> {
  const due = await db.suggestion.findMany({
    where: { status: "FED_BACK", dueAt: { lt: now } },
    orderBy: { dueAt: "asc" },
    take: batch,
    select: { id: true, status: true, version: true },
  });
  let closed = 0;
  for (const s of due) {
    try {
      await db.$transaction((tx) =>
        moveSuggestion(tx, {
          suggestion: s,
          to: "CLOSED",
          actor: null,
          action: "AUTO_CLOSE",
          data: { closedAt: now, closeReason: "UNRATED", dueAt: null },
        }),
      );
      closed++;
    } catch (err) {
      if (!(err instanceof AppError && err.code === "stale")) throw err; // rated meanwhile: leave it
    }
  }
  return closed;
}
