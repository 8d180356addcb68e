// 回头看: B and C replies stay under follow-up until solved. On each check date the daily job tells staff and the
// unit once (FollowUp.notifiedFor remembers the check date announced); staff then mark the item solved or set the
// next check date, which the job announces in its turn.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { roleMay, type Actor } from "../auth/permissions.ts";
import { fromDbDate, shanghaiDateOf, toDbDate } from "../calendar/civil-date.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { notifyStaffFor, notifyUnit } from "../notifications/notify.ts";
import { loadSuggestionForAction } from "../suggestions/load-for-action.ts";
import { suggestionScope } from "../suggestions/queries.ts";
import { nextCheckSchema } from "./schemas.ts";
import { written } from "../notifications/texts.ts";

/** The job: claims every follow-up whose check date has come and not been announced, and announces it. */
export async function announceDueFollowUps(now = new Date()): Promise<number> {
  const today = toDbDate(shanghaiDateOf(now));
  return db.$transaction(async (tx) => {
    // The claim and the notifications commit together: a concurrent run claims nothing this one claimed.
    const claimed = await tx.$queryRaw<{ suggestionId: number; nextCheckAt: Date }[]>`
      UPDATE "FollowUp" SET "notifiedFor" = "nextCheckAt"
      WHERE "solvedAt" IS NULL AND "nextCheckAt" <= ${today}::date AND "notifiedFor" IS DISTINCT FROM "nextCheckAt"
      RETURNING "suggestionId", "nextCheckAt"`;
    if (claimed.length === 0) return 0;
    const items = await tx.suggestion.findMany({
      where: { id: { in: claimed.map((c) => c.suggestionId) } },
      select: {
        id: true,
        title: true,
        region: { select: { path: true } },
        assignments: { where: { role: "LEAD", status: "REPLIED" }, select: { unitId: true, round: true } },
      },
    });
    for (const s of items) {
      const check = fromDbDate(claimed.find((c) => c.suggestionId === s.id)!.nextCheckAt);
      await notifyStaffFor(tx, s.region.path, {
        title: written("notice.followUpDueStaff.title"),
        body: written("notice.followUpDueStaff.body", { title: s.title, date: check }),
        link: `/staff/suggestions/${s.id}`,
      });
      const lead = s.assignments.sort((a, b) => b.round - a.round)[0];
      if (lead)
        await notifyUnit(tx, lead.unitId, {
          title: written("notice.followUpDueUnit.title"),
          body: written("notice.followUpDueUnit.body", { title: s.title, date: check }),
          link: `/unit/suggestions/${s.id}`,
        });
    }
    return claimed.length;
  });
}

/** Not solved yet: staff set the next check date (after today). */
export async function setNextFollowUpCheck(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = nextCheckSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.assign");
  if (input.nextCheckOn <= shanghaiDateOf(new Date())) throw new AppError("invalid", "supervision.checkNotFuture");
  await db.$transaction(async (tx) => {
    const { count } = await tx.followUp.updateMany({
      where: { suggestionId: s.id, solvedAt: null },
      data: { nextCheckAt: toDbDate(input.nextCheckOn) },
    });
    if (count !== 1) throw new AppError("stale");
    await recordAudit(
      {
        actor,
        action: "followUp.nextCheck",
        target: { type: "Suggestion", id: s.id },
        result: "SUCCESS",
        client,
        detail: { nextCheckOn: input.nextCheckOn },
      },
      tx,
    );
  });
}

export type DueFollowUp = {
  suggestionId: number;
  version: number;
  trackingCode: string;
  title: string;
  classification: "A" | "B" | "C" | "D";
  nextCheckOn: string;
  unitName: string | null;
};

/** Follow-ups whose check date has come (today or earlier), oldest first, in the actor's read scope. */
export async function listDueFollowUps(actor: Actor, now = new Date(), take = 100): Promise<DueFollowUp[]> {
  if (!roleMay(actor, "suggestion.assign")) throw new AppError("forbidden");
  const rows = await db.followUp.findMany({
    where: { solvedAt: null, nextCheckAt: { lte: toDbDate(shanghaiDateOf(now)) }, suggestion: suggestionScope(actor) },
    orderBy: [{ nextCheckAt: "asc" }, { suggestionId: "asc" }],
    take,
    select: {
      suggestionId: true,
      classification: true,
      nextCheckAt: true,
      suggestion: {
        select: {
          version: true,
          trackingCode: true,
          title: true,
          assignments: {
            where: { role: "LEAD", status: "REPLIED" },
            orderBy: { round: "desc" },
            take: 1,
            select: { unit: { select: { name: true } } },
          },
        },
      },
    },
  });
  return rows.map((r) => ({
    suggestionId: r.suggestionId,
    version: r.suggestion.version,
    trackingCode: r.suggestion.trackingCode,
    title: r.suggestion.title,
    classification: r.classification,
    nextCheckOn: fromDbDate(r.nextCheckAt),
    unitName: r.suggestion.assignments[0]?.unit.name ?? null,
  }));
}
