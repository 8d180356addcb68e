// 退回 and 撤回: a misassigned item goes back to staff. Within the return window (7 working days from the
// assignment) the unit returns it itself; later, it asks and staff approve or refuse. Staff may also withdraw
// an assignment themselves (e.g. they picked the wrong unit) and assign the item again.
import { db, type Tx } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import type { AssignmentStatus } from "../generated/prisma/enums.ts";
import { notifyStaffFor, notifyUnit } from "../notifications/notify.ts";
import { decideReturnSchema, reasonSchema } from "./action-schemas.ts";
import { dueAtFor } from "./due.ts";
import { loadSuggestionForAction, type LoadedSuggestion } from "./load-for-action.ts";
import { moveSuggestion } from "./transition.ts";
import { ownAssignment } from "./unit-assignment.ts";
import { moveAssignment } from "../status/assignment.ts";
import { moveExtensionRequest, moveReturnRequest } from "../status/decision.ts";

type Assignment = LoadedSuggestion["assignments"][number];

/** Assignments that are still working on the item (not returned, withdrawn or done). */
const WORKING: AssignmentStatus[] = ["PENDING", "ACCEPTED", "OPINION_SENT"];
/** A unit may give an item back until it has sent its opinion (co) or reply (lead). */
const RETURNABLE: AssignmentStatus[] = ["PENDING", "ACCEPTED"];

/** The end of the return window of one assignment, or null when no rule limits it. */
export function returnDeadline(s: Pick<LoadedSuggestion, "kind" | "source" | "categoryId">, a: { assignedAt: Date }) {
  return dueAtFor("RETURN", { kind: s.kind, source: s.source, categoryId: s.categoryId }, a.assignedAt);
}

function returnable(s: LoadedSuggestion, a: Assignment) {
  if (!RETURNABLE.includes(a.status)) throw new AppError("invalid", "returnAfterReply");
  if (a.role === "LEAD" && s.status !== "ASSIGNED" && s.status !== "HANDLING")
    throw new AppError("invalid", "illegalTransition");
}

/** The return itself, by the unit (in the window) or by staff approving a late request. */
async function applyReturn(
  tx: Tx,
  args: {
    s: LoadedSuggestion;
    a: Assignment;
    actor: Actor;
    reason: string;
    version: number;
    action: "RETURN" | "LATE_RETURN";
    client?: ClientInfo;
  },
) {
  const { s, a, actor, reason, client } = args;
  await moveAssignment(tx, {
    where: { id: a.id },
    from: RETURNABLE,
    to: "RETURNED",
    data: { returnedAt: new Date(), returnReason: reason },
  });
  if (a.role === "LEAD") {
    // The whole assignment goes back: co-units wait for staff to assign again.
    await moveAssignment(tx, {
      where: { suggestionId: s.id, round: s.round, role: "CO" },
      from: WORKING,
      to: "WITHDRAWN",
      expect: "any",
    });
    await moveSuggestion(tx, {
      suggestion: { ...s, version: args.version },
      to: "ACCEPTED",
      actor,
      action: args.action,
      reason,
      isPublic: false,
      data: { dueAt: null },
      client,
    });
  } else {
    await recordAudit(
      {
        actor,
        action: "assignment.return",
        target: { type: "Assignment", id: a.id },
        result: "SUCCESS",
        client,
        detail: { reason },
      },
      tx,
    );
  }
}

/** A unit's own assignment it asks to give back, checked returnable, with the end of its return window. */
async function unitReturnContext(actor: Actor, raw: unknown) {
  const input = reasonSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.handle");
  const a = ownAssignment(s, actor);
  returnable(s, a);
  return { input, s, a, deadline: await returnDeadline(s, a) };
}

/** 退回 within the window. After it, the unit asks instead (requestLateReturn). */
export async function unitReturn(actor: Actor, raw: unknown, client?: ClientInfo) {
  const { input, s, a, deadline } = await unitReturnContext(actor, raw);
  if (deadline && deadline < new Date()) throw new AppError("invalid", "returnWindowPassed");
  await db.$transaction(async (tx) => {
    await applyReturn(tx, { s, a, actor, reason: input.reason, version: input.version, action: "RETURN", client });
    await notifyStaffFor(tx, s.region.path, {
      title: "承办单位退回事项",
      body: `「${s.title}」被退回：${input.reason}`,
      link: `/staff/suggestions/${s.id}`,
    });
  });
}

/** 申请退回: after the window, a return needs staff's approval. */
export async function requestLateReturn(actor: Actor, raw: unknown, client?: ClientInfo) {
  const { input, s, a, deadline } = await unitReturnContext(actor, raw);
  if (!deadline || deadline >= new Date()) throw new AppError("invalid", "returnStillOpen");
  await db.$transaction(async (tx) => {
    // The partial unique index allows one pending request per assignment.
    const created = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "ReturnRequest" ("assignmentId", "reason", "requestedById")
      VALUES (${a.id}, ${input.reason}, ${actor.id})
      ON CONFLICT ("assignmentId") WHERE "status" = 'PENDING' DO NOTHING
      RETURNING "id"`;
    if (created.length !== 1) throw new AppError("invalid", "returnRequestPending");
    await recordAudit(
      {
        actor,
        action: "assignment.return.request",
        target: { type: "ReturnRequest", id: created[0].id },
        result: "SUCCESS",
        client,
        detail: { reason: input.reason },
      },
      tx,
    );
    await notifyStaffFor(tx, s.region.path, {
      title: "逾期退回申请",
      body: `「${s.title}」申请退回：${input.reason}`,
      link: `/staff/suggestions/${s.id}`,
    });
  });
}

/** Staff decide a late return: approve (the item comes back to them) or refuse (the unit keeps it). */
export async function decideReturn(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = decideReturnSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.assign");
  const req = await db.returnRequest.findFirst({
    where: { id: input.requestId, status: "PENDING", assignment: { suggestionId: s.id } },
    select: { id: true, reason: true, assignmentId: true },
  });
  const a = req && s.assignments.find((x) => x.id === req.assignmentId);
  if (!req || !a) throw new AppError("stale");
  const approve = input.approve === "yes";
  if (approve) returnable(s, a);
  if (!approve && !input.note) throw new AppError("invalid", "refusalNoteRequired");
  await db.$transaction(async (tx) => {
    await moveReturnRequest(tx, {
      where: { id: req.id },
      from: "PENDING",
      to: approve ? "APPROVED" : "REFUSED",
      data: { decidedById: actor.id, decidedAt: new Date(), decisionNote: input.note || null },
    });
    if (approve)
      await applyReturn(tx, { s, a, actor, reason: req.reason, version: input.version, action: "LATE_RETURN", client });
    await recordAudit(
      {
        actor,
        action: approve ? "return.approve" : "return.refuse",
        target: { type: "ReturnRequest", id: req.id },
        result: "SUCCESS",
        client,
      },
      tx,
    );
    await notifyUnit(tx, a.unitId, {
      title: approve ? "退回申请已同意" : "退回申请未同意",
      body: approve ? `「${s.title}」已退回代表工作机构。` : `「${s.title}」请继续办理：${input.note}`,
      link: `/unit/suggestions/${s.id}`,
    });
  });
}

/** 撤回交办: staff take the item back from every unit of this round, to assign it again. */
export async function withdrawAssignment(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = reasonSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.assign");
  if (s.status !== "ASSIGNED" && s.status !== "HANDLING") throw new AppError("invalid", "illegalTransition");
  const live = s.assignments.filter((a) => a.round === s.round && WORKING.includes(a.status));
  await db.$transaction(async (tx) => {
    await moveSuggestion(tx, {
      suggestion: { ...s, version: input.version },
      to: "ACCEPTED",
      actor,
      action: "WITHDRAW",
      reason: input.reason,
      isPublic: false,
      data: { dueAt: null },
      client,
    });
    const ids = live.map((a) => a.id);
    await moveAssignment(tx, { where: { id: { in: ids } }, from: WORKING, to: "WITHDRAWN", expect: "any" });
    // Requests on a withdrawn assignment have nothing left to decide.
    const closed = { decidedById: actor.id, decidedAt: new Date() };
    const onThese = { assignmentId: { in: ids } };
    await moveExtensionRequest(tx, { where: onThese, from: "PENDING", to: "REFUSED", data: closed, expect: "any" });
    await moveReturnRequest(tx, {
      where: onThese,
      from: "PENDING",
      to: "REFUSED",
      data: { ...closed, decisionNote: "交办已撤回" },
      expect: "any",
    });
    for (const a of live) {
      await notifyUnit(tx, a.unitId, {
        title: "交办已撤回",
        body: `「${s.title}」已由代表工作机构撤回：${input.reason}`,
        link: `/unit/assignments`,
      });
    }
  });
}
