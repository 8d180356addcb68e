// Staff between the unit and the proposer: send a reply out (反馈) or back for rework, decide extension
// requests, and close B/C follow-ups once solved (回头看).
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { notifyProposer, notifyUnit } from "../notifications/notify.ts";
import { acceptSchema, decideExtensionSchema, reasonSchema } from "./action-schemas.ts";
import { dueAtFor } from "./due.ts";
import { loadSuggestionForAction } from "./load-for-action.ts";
import { moveSuggestion } from "./transition.ts";
import { moveAssignment } from "../status/assignment.ts";
import { moveExtensionRequest } from "../status/decision.ts";
import { moveReply } from "../status/reply.ts";

async function pendingReply(suggestionId: number, round: number) {
  const reply = await db.reply.findFirst({
    where: { suggestionId, round, status: "SUBMITTED" },
    orderBy: { id: "desc" },
  });
  if (!reply) throw new AppError("stale");
  return reply;
}

/** 反馈: the reviewed reply goes to the proposer, who then has the rating window to evaluate it. */
export async function sendReply(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = acceptSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.assign");
  const reply = await pendingReply(s.id, s.round);
  const now = new Date();
  const rateBy = await dueAtFor("RATE", { kind: s.kind, source: s.source, categoryId: s.categoryId }, now);
  await db.$transaction(async (tx) => {
    await moveSuggestion(tx, {
      suggestion: { ...s, version: input.version },
      to: "FED_BACK",
      actor,
      action: "FEED_BACK",
      data: { fedBackAt: now, replyClass: reply.classification, dueAt: rateBy },
      client,
    });
    await moveReply(tx, { where: { id: reply.id }, to: "SENT", data: { sentAt: now } });
    if ((reply.classification === "B" || reply.classification === "C") && reply.nextCheckOn) {
      await tx.followUp.upsert({
        where: { suggestionId: s.id },
        create: { suggestionId: s.id, classification: reply.classification, nextCheckAt: reply.nextCheckOn },
        update: {
          classification: reply.classification,
          nextCheckAt: reply.nextCheckOn,
          solvedAt: null,
          solvedById: null,
        },
      });
    }
    if (s.originId) {
      const origin = await tx.suggestion.findUnique({
        where: { id: s.originId },
        select: { proposerId: true, title: true },
      });
      await notifyProposer(tx, origin?.proposerId ?? null, {
        title: "您的意见转成的代表建议已答复",
        body: `「${origin?.title ?? s.title}」已答复，请凭查询码 ${s.trackingCode} 查看。`,
        link: `/track/${s.trackingCode}`,
        sms: `【人大代表联络站】您反映的意见转为代表建议后已答复，查询码${s.trackingCode}。`,
      });
    }
    await notifyProposer(tx, s.proposerId, {
      title: "您反映的事项已答复",
      body: `「${s.title}」已答复，请查看并评价。`,
      link: `/track/${s.trackingCode}`,
      sms: `【人大代表联络站】您反映的事项（查询码${s.trackingCode}）已答复，请登录查看并评价。`,
    });
  });
}

/** Back to the unit with a reason, before the proposer sees anything. */
export async function sendBackForRework(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = reasonSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.assign");
  const reply = await pendingReply(s.id, s.round);
  await db.$transaction(async (tx) => {
    await moveSuggestion(tx, {
      suggestion: { ...s, version: input.version },
      to: "HANDLING",
      actor,
      action: "REWORK",
      reason: input.reason,
      isPublic: false,
      client,
    });
    await moveReply(tx, { where: { id: reply.id }, to: "REWORK", data: { reworkReason: input.reason } });
    await moveAssignment(tx, {
      where: { suggestionId: s.id, round: s.round, role: "LEAD" },
      from: "REPLIED",
      to: "ACCEPTED",
      expect: "any",
    });
    await notifyUnit(tx, reply.unitId, {
      title: "答复被退回修改",
      body: `「${s.title}」：${input.reason}`,
      link: `/unit/suggestions/${s.id}`,
    });
  });
}

export async function decideExtension(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = decideExtensionSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.assign");
  const req = await db.extensionRequest.findFirst({
    where: { id: input.requestId, status: "PENDING", assignment: { suggestionId: s.id } },
    select: {
      id: true,
      requestedDueAt: true,
      assignment: { select: { id: true, unitId: true, assignedAt: true, role: true } },
    },
  });
  if (!req) throw new AppError("stale");
  const approve = input.approve === "yes";
  if (approve) {
    // The longest a reply may be put off (6 months for deputy suggestions) bounds what staff can approve.
    const limit = await dueAtFor(
      "EXTENDED_REPLY",
      { kind: s.kind, source: s.source, categoryId: s.categoryId },
      req.assignment.assignedAt,
    );
    if (limit && req.requestedDueAt > limit) throw new AppError("invalid", "extensionTooLong");
  }
  await db.$transaction(async (tx) => {
    await moveExtensionRequest(tx, {
      where: { id: req.id },
      from: "PENDING",
      to: approve ? "APPROVED" : "REFUSED",
      data: { decidedById: actor.id, decidedAt: new Date() },
    });
    if (approve) {
      await tx.assignment.update({ where: { id: req.assignment.id }, data: { dueAt: req.requestedDueAt } });
      if (req.assignment.role === "LEAD")
        await tx.suggestion.update({ where: { id: s.id }, data: { dueAt: req.requestedDueAt } });
    }
    await recordAudit(
      {
        actor,
        action: approve ? "extension.approve" : "extension.refuse",
        target: { type: "ExtensionRequest", id: req.id },
        result: "SUCCESS",
        client,
      },
      tx,
    );
    await notifyUnit(tx, req.assignment.unitId, {
      title: approve ? "延期申请已批准" : "延期申请未批准",
      body: `「${s.title}」`,
      link: `/unit/suggestions/${s.id}`,
    });
  });
}

/** 回头看 done: a B or C item is solved after all. */
export async function markFollowUpSolved(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = acceptSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.assign");
  await db.$transaction(async (tx) => {
    const { count } = await tx.followUp.updateMany({
      where: { suggestionId: s.id, solvedAt: null },
      data: { solvedAt: new Date(), solvedById: actor.id },
    });
    if (count !== 1) throw new AppError("stale");
    await recordAudit(
      { actor, action: "followUp.solved", target: { type: "Suggestion", id: s.id }, result: "SUCCESS", client },
      tx,
    );
    await notifyProposer(tx, s.proposerId, {
      title: "您反映的事项已解决",
      body: `「${s.title}」经跟踪办理已解决。`,
      link: `/track/${s.trackingCode}`,
    });
  });
}
