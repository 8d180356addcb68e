// The 321 rule's three lists of a reception (三张清单): 收集问题 (problems raised), 对策建议 (suggestions made) and
// 限时反馈 (what must be answered by when). The deputies on duty and the station admin fill them in; a 限时反馈
// item stays open, on the lists of staff and the station, until someone records its answer.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { scopeRule, type Actor } from "../auth/permissions.ts";
import { fromDbDate, shanghaiDateOf, toDbDate } from "../calendar/civil-date.ts";
import { db } from "../db.ts";
import { AppError, fieldError, notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import * as f from "../validation/fields.ts";
import { loadSessionForAction } from "./load-session.ts";

export const RECEPTION_LISTS = ["PROBLEM", "PROPOSAL", "FEEDBACK"] as const;

const addSchema = z.strictObject({
  sessionId: f.id(),
  list: f.choice(RECEPTION_LISTS, "receptionLists.listRequired"),
  text: f.longText({ min: 2, max: 1000, tooShort: "receptionLists.textRequired" }),
  dueOn: f.optionalCivilDate({ error: "dateFormat", min: "2000-01-01" }),
});

const answerSchema = z.strictObject({
  itemId: f.id(),
  answer: f.longText({ min: 2, max: 1000, tooShort: "receptionLists.answerRequired" }),
});

export async function addListItem(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()) {
  const input = addSchema.parse(raw);
  const s = await loadSessionForAction(input.sessionId, actor, "reception.lists");
  if (s.status === "CANCELLED" || s.status === "DRAFT" || s.startsAt > now)
    throw new AppError("conflict", "session.notHeld");
  if (input.list === "FEEDBACK" && !input.dueOn) throw fieldError("dueOn", "receptionLists.dueRequired");
  if (input.list === "FEEDBACK" && input.dueOn! < shanghaiDateOf(s.startsAt))
    throw fieldError("dueOn", "receptionLists.dueBeforeSession");
  return db.$transaction(async (tx) => {
    const item = await tx.receptionListItem.create({
      data: {
        sessionId: s.id,
        list: input.list,
        text: input.text,
        dueOn: input.list === "FEEDBACK" ? toDbDate(input.dueOn!) : null,
        createdById: actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actor,
        action: "reception.list.add",
        target: { type: "ReceptionListItem", id: item.id },
        result: "SUCCESS",
        client,
        detail: { sessionId: s.id, list: input.list, dueOn: input.dueOn ?? null },
      },
      tx,
    );
    return item;
  });
}

/** Records the answer to a 限时反馈 item, once (a conditional update: two people answering at once record one). */
export async function answerListItem(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()) {
  const input = answerSchema.parse(raw);
  const item = await db.receptionListItem.findUnique({
    where: { id: input.itemId },
    select: { id: true, sessionId: true, list: true },
  });
  if (!item) throw notFound();
  await loadSessionForAction(item.sessionId, actor, "reception.lists");
  const target = { type: "ReceptionListItem", id: item.id };
  if (item.list !== "FEEDBACK") throw new AppError("invalid", "receptionLists.notFeedback");
  await db.$transaction(async (tx) => {
    const { count } = await tx.receptionListItem.updateMany({
      where: { id: item.id, answeredAt: null },
      data: { answer: input.answer, answeredAt: now },
    });
    if (count === 0) {
      await recordAudit({
        actor,
        action: "reception.list.answer",
        target,
        result: "DENIED",
        client,
        detail: { reason: "alreadyAnswered" },
      });
      throw new AppError("conflict", "receptionLists.alreadyAnswered");
    }
    await recordAudit({ actor, action: "reception.list.answer", target, result: "SUCCESS", client }, tx);
  });
}

/** The three lists of one session, for its working page (the page has checked the reader's scope). */
export function sessionLists(sessionId: number) {
  return db.receptionListItem.findMany({
    where: { sessionId },
    orderBy: { id: "asc" },
    select: { id: true, list: true, text: true, dueOn: true, answer: true, answeredAt: true },
  });
}

function sessionsInScope(actor: Actor): Prisma.ReceptionSessionWhereInput | null {
  const rule = scopeRule(actor, "reception.lists");
  if (rule === "station") return { stationId: { in: [...actor.stationIds] } };
  if (rule === "region" && actor.regionPath) return { station: { region: { path: { startsWith: actor.regionPath } } } };
  if (rule === "deputy" && actor.deputyId != null) return { deputies: { some: { deputyId: actor.deputyId } } };
  return null;
}

/** Open 限时反馈 items the actor follows, the soonest due first; `overdue` once the due day has passed. */
export async function openFeedbackItems(actor: Actor, now = new Date(), take = 200) {
  const session = sessionsInScope(actor);
  if (!session) return [];
  const rows = await db.receptionListItem.findMany({
    where: { list: "FEEDBACK", answeredAt: null, session },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      text: true,
      dueOn: true,
      session: { select: { id: true, theme: true, startsAt: true, station: { select: { name: true } } } },
    },
  });
  const today = shanghaiDateOf(now);
  return rows.map((r) => {
    const due = fromDbDate(r.dueOn!);
    return { ...r, due, overdue: due < today };
  });
}

/** How many items the sessions' three lists hold, and how many 限时反馈 items are still open (the monthly summary). */
export async function listTotals(sessionIds: readonly number[]) {
  const rows = sessionIds.length
    ? await db.receptionListItem.groupBy({
        by: ["list"],
        where: { sessionId: { in: [...sessionIds] } },
        _count: { _all: true },
      })
    : [];
  const open = sessionIds.length
    ? await db.receptionListItem.count({
        where: { sessionId: { in: [...sessionIds] }, list: "FEEDBACK", answeredAt: null },
      })
    : 0;
  const n = (list: (typeof RECEPTION_LISTS)[number]) => rows.find((r) => r.list === list)?._count._all ?? 0;
  return { problems: n("PROBLEM"), proposals: n("PROPOSAL"), feedback: n("FEEDBACK"), open };
}
