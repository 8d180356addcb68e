// 办理, the unit's side: accept (签收) (returns are in returns.ts), co-units send their
// opinion to the lead, the lead records contact with the proposer (面商) and asks for more time if needed.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { endOfShanghaiDay, shanghaiDateOf } from "../calendar/civil-date.ts";
import { notifyStaffFor, notifyUnit } from "../notifications/notify.ts";
import { acceptSchema, coOpinionSchema, contactSchema, extensionSchema, progressSchema } from "./action-schemas.ts";
import { loadSuggestionForAction } from "./load-for-action.ts";
import { moveSuggestion } from "./transition.ts";
import { moveAssignment } from "../status/assignment.ts";
import { currentLead, ownAssignment } from "./unit-assignment.ts";

/** 签收. The lead's acceptance starts the handling; a co-unit's only marks its own assignment. */
export async function unitAccept(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = acceptSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.handle");
  const a = ownAssignment(s, actor);
  await db.$transaction(async (tx) => {
    await moveAssignment(tx, {
      where: { id: a.id },
      from: "PENDING",
      to: "ACCEPTED",
      data: { acceptedAt: new Date() },
    });
    if (a.role === "LEAD") {
      await moveSuggestion(tx, {
        suggestion: { ...s, version: input.version },
        to: "HANDLING",
        actor,
        action: "UNIT_ACCEPT",
        client,
      });
    } else {
      await recordAudit(
        { actor, action: "assignment.accept", target: { type: "Assignment", id: a.id }, result: "SUCCESS", client },
        tx,
      );
    }
  });
}

/** 协办意见: a co-unit's opinion goes to the lead unit, which sees it before replying. */
export async function sendCoOpinion(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = coOpinionSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.handle");
  const a = ownAssignment(s, actor, "CO");
  await db.$transaction(async (tx) => {
    await moveAssignment(tx, {
      where: { id: a.id },
      from: ["PENDING", "ACCEPTED"],
      to: "OPINION_SENT",
      data: {
        coOpinion: input.opinion,
        coOpinionAt: new Date(),
        acceptedAt: a.status === "PENDING" ? new Date() : undefined,
      },
    });
    await recordAudit(
      { actor, action: "assignment.coOpinion", target: { type: "Assignment", id: a.id }, result: "SUCCESS", client },
      tx,
    );
    const lead = currentLead(s);
    if (lead)
      await notifyUnit(tx, lead.unitId, {
        title: "协办单位意见已送达",
        body: `「${s.title}」收到协办意见。`,
        link: `/unit/suggestions/${s.id}`,
      });
  });
}

/** 面商: the lead unit records its contact with the proposer before replying (feeds 面复率). */
export async function recordContact(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = contactSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.handle");
  ownAssignment(s, actor, "LEAD");
  if (s.status !== "HANDLING") throw new AppError("invalid", "illegalTransition");
  const occurredAt = endOfShanghaiDay(input.occurredOn);
  if (input.occurredOn > shanghaiDateOf(new Date())) throw new AppError("invalid", "dateInFuture");
  // A contact cannot predate the item it is about (the year-1000 contact the attacker stored).
  if (input.occurredOn < shanghaiDateOf(s.submittedAt)) throw new AppError("invalid", "contactBeforeItem");
  await db.handlingRecord.create({
    data: {
      suggestionId: s.id,
      unitId: actor.unitId,
      authorId: actor.id,
      kind: "CONTACT",
      contactMethod: input.method,
      occurredAt,
      content: input.content,
    },
  });
  await recordAudit({
    actor,
    action: "suggestion.contact",
    target: { type: "Suggestion", id: s.id },
    result: "SUCCESS",
    client,
  });
}

/** Progress notes, including the follow-up (回头看) of B and C replies. */
export async function postProgress(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = progressSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.handle");
  ownAssignment(s, actor);
  await db.handlingRecord.create({
    data: {
      suggestionId: s.id,
      unitId: actor.unitId,
      authorId: actor.id,
      kind: "PROGRESS",
      occurredAt: new Date(),
      content: input.content,
    },
  });
  await recordAudit({
    actor,
    action: "suggestion.progress",
    target: { type: "Suggestion", id: s.id },
    result: "SUCCESS",
    client,
  });
}

/** 延期: the lead asks for a later deadline; staff approve or refuse (review.ts). */
export async function requestExtension(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = extensionSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.handle");
  const a = ownAssignment(s, actor, "LEAD");
  const until = endOfShanghaiDay(input.until);
  if (until <= a.dueAt) throw new AppError("invalid", "extensionNotLater");
  await db.$transaction(async (tx) => {
    const pending = await tx.extensionRequest.count({ where: { assignmentId: a.id, status: "PENDING" } });
    if (pending) throw new AppError("invalid", "extensionPending");
    await tx.extensionRequest.create({
      data: { assignmentId: a.id, requestedDueAt: until, reason: input.reason, requestedById: actor.id },
    });
    await recordAudit(
      {
        actor,
        action: "assignment.extension.request",
        target: { type: "Assignment", id: a.id },
        result: "SUCCESS",
        client,
      },
      tx,
    );
    await notifyStaffFor(tx, s.region.path, {
      title: "延期申请",
      body: `「${s.title}」申请延期至 ${input.until}：${input.reason}`,
      link: `/staff/suggestions/${s.id}`,
    });
  });
}
