// 评价: the proposer rates the reply. 满意 / 基本满意 close the item; 不满意 opens a new round of handling
// with a one-month deadline for the same lead unit and a supervision case. An item left unrated past the
// window closes itself, recorded as unrated — never as satisfied.
import { db } from "../db.ts";
import { AppError, fieldError } from "../errors.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { notifyStaffFor, notifyUnit } from "../notifications/notify.ts";
import { callbackSchema, evaluateSchema } from "./action-schemas.ts";
import { dueAtFor } from "./due.ts";
import { loadSuggestionForAction, type LoadedSuggestion } from "./load-for-action.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { moveSuggestion } from "./transition.ts";
import { written } from "../notifications/texts.ts";
import type { AssignmentStart } from "../status/assignment.ts";

export async function evaluateSuggestion(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = evaluateSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.evaluate");
  await recordRating(s, actor, input, null, client);
}

/**
 * 回访: staff record the rating a proposer gave by phone, for an item fed back to someone who cannot rate online
 * (walk-in, letter, hotline, or anyone who asked). It counts like the proposer's own rating, marked as taken by
 * staff: who called, when, what was said (decision 0071).
 */
export async function recordPhoneRating(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = callbackSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.callback");
  if (input.calledAt.getTime() > Date.now() + 60_000) throw fieldError("calledAt", "callback.timeInFuture");
  const call = { callerName: input.callerName, calledAt: input.calledAt, callNote: input.callNote };
  // What was said stays with the rating (staff-only); the public timeline gets no text from a phone call.
  await recordRating(s, actor, { version: input.version, result: input.result }, call, client);
}

type Rating = { version: number; result: "SATISFIED" | "BASICALLY_SATISFIED" | "UNSATISFIED"; comment?: string };
type Call = { callerName: string; calledAt: Date; callNote: string };

async function recordRating(s: LoadedSuggestion, actor: Actor, input: Rating, call: Call | null, client?: ClientInfo) {
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
        ...(call ? { channel: "PHONE_CALLBACK" as const, ...call } : {}),
      },
    });
    if (input.result !== "UNSATISFIED") {
      await moveSuggestion(tx, {
        suggestion: { ...s, version: input.version },
        to: "CLOSED",
        actor,
        action: call ? "PHONE_CALLBACK" : "EVALUATE",
        reason: input.comment || null,
        data: { closedAt: now, closeReason: input.result, dueAt: null },
        client,
      });
      return;
    }
    if (call) await recordAudit(phoneRatingAudit(actor, s.id, client), tx);
    await moveSuggestion(tx, {
      suggestion: { ...s, version: input.version },
      to: "HANDLING",
      actor,
      action: "REHANDLE",
      reason: input.comment || written("recorded.dissatisfied"),
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
        reason: input.comment
          ? written("recorded.rehandleCaseWithComment", { round: String(s.round + 1), comment: input.comment })
          : written("recorded.rehandleCase", { round: String(s.round + 1) }),
        dueAt: rehandleBy,
      },
    });
    await notifyUnit(tx, lead!.unitId, {
      title: written("notice.rehandle.title"),
      body: written("notice.rehandle.body", { title: s.title }),
      link: `/unit/suggestions/${s.id}`,
    });
    await notifyStaffFor(tx, s.region.path, {
      title: written("notice.dissatisfiedToSupervision.title"),
      body: written("notice.dissatisfiedToSupervision.body", { title: s.title }),
      link: `/staff/suggestions/${s.id}`,
    });
  });
}

/** An unsatisfied rating by phone is audited as the rehandle move plus this row, so the call is on the record. */
const phoneRatingAudit = (actor: Actor, id: number, client?: ClientInfo) =>
  ({
    actor,
    action: "suggestion.phone_callback",
    target: { type: "Suggestion", id },
    result: "SUCCESS",
    client,
    detail: { result: "UNSATISFIED" },
  }) as const;

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
