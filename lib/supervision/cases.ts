// 督办 cases: staff open, edit, close and reopen them and add notes; the leader a case names (领衔督办) adds notes
// and instructions. Every change is a conditional update on the version the person saw (R3), a row in the case's
// own history and an audit row, in one transaction.
import { db, type Tx } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { endOfShanghaiDay, shanghaiDateOf } from "../calendar/civil-date.ts";
import type { SupervisionLevel } from "../generated/prisma/enums.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { notifyStaffFor, notifyUsers } from "../notifications/notify.ts";
import { loadSuggestionForAction } from "../suggestions/load-for-action.ts";
import { recordCaseEvent } from "./case-events.ts";
import { loadCaseForAction } from "./load-case.ts";
import { caseNoteSchema, closeCaseSchema, editCaseSchema, openCaseSchema, reopenCaseSchema } from "./schemas.ts";
import { moveSupervisionCase } from "../status/supervision-case.ts";

/** A leader-led case names an active leader whose region covers the item; other levels name none. */
async function checkLeader(
  tx: Tx,
  level: SupervisionLevel,
  leaderId: number | undefined,
  itemRegionPath: string,
): Promise<number | null> {
  if (level !== "LEADER_LED") return null;
  if (leaderId == null) throw new AppError("invalid", "supervision.leaderRequired");
  const leader = await tx.user.findFirst({
    where: { id: leaderId, role: "LEADER", disabledAt: null },
    select: { id: true, region: { select: { path: true } } },
  });
  if (!leader || (leader.region && !itemRegionPath.startsWith(leader.region.path)))
    throw new AppError("invalid", "supervision.leaderRequired");
  return leader.id;
}

function dueFrom(dueOn: string | undefined): Date | null {
  if (!dueOn) return null;
  if (dueOn < shanghaiDateOf(new Date())) throw new AppError("invalid", "supervision.dueInPast");
  return endOfShanghaiDay(dueOn);
}

/** Staff open a case on an item. An item has at most one open case at a time: raise its level instead. */
export async function openCase(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ id: number }> {
  const input = openCaseSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "supervision.manage");
  const dueAt = dueFrom(input.dueOn);
  return db.$transaction(async (tx) => {
    // Serialises openings on this item, so two staff opening at once cannot both pass the check below.
    await tx.$queryRaw`SELECT id FROM "Suggestion" WHERE id = ${s.id} FOR UPDATE`;
    const open = await tx.supervisionCase.count({ where: { suggestionId: s.id, status: "OPEN" } });
    if (open > 0) throw new AppError("conflict", "supervision.caseAlreadyOpen");
    const leaderId = await checkLeader(tx, input.level, input.leaderId, s.region.path);
    const c = await tx.supervisionCase.create({
      data: { suggestionId: s.id, level: input.level, leaderId, reason: input.reason, dueAt, openedById: actor.id },
      select: { id: true },
    });
    await recordCaseEvent(tx, {
      caseId: c.id,
      actor,
      action: "OPEN",
      detail: { level: input.level, leaderId, dueOn: input.dueOn ?? null },
    });
    await recordAudit(
      {
        actor,
        action: "supervision.open",
        target: { type: "SupervisionCase", id: c.id },
        result: "SUCCESS",
        client,
        detail: { suggestionId: s.id, level: input.level },
      },
      tx,
    );
    if (leaderId)
      await notifyUsers(tx, [leaderId], {
        title: "请您领衔督办",
        body: `「${s.title}」：${input.reason}`,
        link: `/leader/supervision/${c.id}`,
      });
    return c;
  });
}

export async function editCase(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = editCaseSchema.parse(raw);
  const c = await loadCaseForAction(input.caseId, actor, "supervision.manage");
  const dueAt = input.dueOn ? endOfShanghaiDay(input.dueOn) : null;
  if (input.dueOn && (c.dueAt == null || input.dueOn !== shanghaiDateOf(c.dueAt))) dueFrom(input.dueOn); // a new due day must not be past
  await db.$transaction(async (tx) => {
    const leaderId = await checkLeader(tx, input.level, input.leaderId, c.suggestion.region.path);
    const { count } = await tx.supervisionCase.updateMany({
      where: { id: c.id, version: input.version, status: "OPEN" },
      data: { level: input.level, leaderId, reason: input.reason, dueAt, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("stale");
    const before = {
      level: c.level,
      leaderId: c.leaderId,
      dueOn: c.dueAt ? shanghaiDateOf(c.dueAt) : null,
      reason: c.reason,
    };
    const after = { level: input.level, leaderId, dueOn: input.dueOn ?? null, reason: input.reason };
    await recordCaseEvent(tx, { caseId: c.id, actor, action: "EDIT", detail: { before, after } });
    await recordAudit(
      {
        actor,
        action: "supervision.edit",
        target: { type: "SupervisionCase", id: c.id },
        result: "SUCCESS",
        client,
        detail: { before, after },
      },
      tx,
    );
    if (leaderId && leaderId !== c.leaderId) {
      await notifyUsers(tx, [leaderId], {
        title: "请您领衔督办",
        body: `「${c.suggestion.title}」：${input.reason}`,
        link: `/leader/supervision/${c.id}`,
      });
    }
  });
}

async function setStatus(actor: Actor, raw: unknown, to: "OPEN" | "CLOSED", client?: ClientInfo): Promise<void> {
  const input = (to === "CLOSED" ? closeCaseSchema : reopenCaseSchema).parse(raw);
  const c = await loadCaseForAction(input.caseId, actor, "supervision.manage");
  await db.$transaction(async (tx) => {
    await moveSupervisionCase(tx, {
      where: { id: c.id, version: input.version },
      to,
      data: { closedAt: to === "CLOSED" ? new Date() : null, version: { increment: 1 } },
    });
    const action = to === "CLOSED" ? "CLOSE" : "REOPEN";
    await recordCaseEvent(tx, { caseId: c.id, actor, action, detail: { note: input.note } });
    await recordAudit(
      {
        actor,
        action: to === "CLOSED" ? "supervision.close" : "supervision.reopen",
        target: { type: "SupervisionCase", id: c.id },
        result: "SUCCESS",
        client,
      },
      tx,
    );
    if (c.leaderId)
      await notifyUsers(tx, [c.leaderId], {
        title: to === "CLOSED" ? "督办案件已办结" : "督办案件已重新打开",
        body: `「${c.suggestion.title}」：${input.note}`,
        link: `/leader/supervision/${c.id}`,
      });
  });
}

export const closeCase = (actor: Actor, raw: unknown, client?: ClientInfo) => setStatus(actor, raw, "CLOSED", client);
export const reopenCase = (actor: Actor, raw: unknown, client?: ClientInfo) => setStatus(actor, raw, "OPEN", client);

/** A note (staff) or an instruction (the leading leader). Notes are kept on closed cases too. */
export async function addCaseNote(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = caseNoteSchema.parse(raw);
  const c = await loadCaseForAction(input.caseId, actor, "supervision.note");
  await db.$transaction(async (tx) => {
    const note = await tx.supervisionNote.create({
      data: { caseId: c.id, authorId: actor.id, content: input.content },
      select: { id: true },
    });
    await recordCaseEvent(tx, { caseId: c.id, actor, action: "NOTE", detail: { noteId: note.id } });
    await recordAudit(
      { actor, action: "supervision.note", target: { type: "SupervisionCase", id: c.id }, result: "SUCCESS", client },
      tx,
    );
    if (actor.role === "LEADER") {
      await notifyStaffFor(tx, c.suggestion.region.path, {
        title: "领导督办批示",
        body: `「${c.suggestion.title}」：${input.content.slice(0, 200)}`,
        link: `/staff/supervision/${c.id}`,
      });
    } else if (c.leaderId) {
      await notifyUsers(tx, [c.leaderId], {
        title: "督办案件有新进展",
        body: `「${c.suggestion.title}」：${input.content.slice(0, 200)}`,
        link: `/leader/supervision/${c.id}`,
      });
    }
  });
}
