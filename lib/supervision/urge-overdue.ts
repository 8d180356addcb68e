// 催办 and escalation, run by the job runner every day (and on demand). R5: every run may repeat, overlap with
// another run, or follow a crash; the Urge row's unique key (assignment, deadline, automatic) and the case's
// sourceKey make each step happen once. Rows are inserted with ON CONFLICT DO NOTHING and only the rows this run
// actually inserted are notified, in the same transaction, so a second run finds nothing to say.
import { db, type Tx } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { shanghaiDateOf } from "../calendar/civil-date.ts";
import { loadWorkCalendar } from "../calendar/load-calendar.ts";
import { notifyStaffFor } from "../notifications/notify.ts";
import { cutoffFor, escalationDayFor, urgeDayFor } from "./deadline-cutoffs.ts";
import { notifyUnitWithSms } from "./notify-unit.ts";
import { getSupervisionSettings } from "./settings.ts";
import { recordCaseEvent } from "./case-events.ts";
import { written } from "../notifications/texts.ts";

const BATCH = 200;

type Overdue = {
  assignmentId: number;
  suggestionId: number;
  unitId: number;
  dueAt: Date;
  title: string;
  regionPath: string;
};

/**
 * Open assignments (the unit has not replied or sent its opinion) of items still being handled whose deadline is
 * at or before `cutoff`, with no row yet in `Urge` (automatic) or `SupervisionCase` (escalation) for that deadline.
 */
async function overdueAssignments(
  tx: Tx,
  cutoff: Date,
  step: "urge" | "escalate",
  afterId: number,
): Promise<Overdue[]> {
  const rows =
    step === "urge"
      ? await tx.$queryRaw<Overdue[]>`
          SELECT a.id AS "assignmentId", a."suggestionId", a."unitId", a."dueAt", s.title, r.path AS "regionPath"
          FROM "Assignment" a JOIN "Suggestion" s ON s.id = a."suggestionId" JOIN "Region" r ON r.id = s."regionId"
          WHERE a.status IN ('PENDING', 'ACCEPTED') AND a."dueAt" <= ${cutoff} AND a.round = s.round
            AND s.status IN ('ASSIGNED', 'HANDLING') AND a.id > ${afterId}
            AND NOT EXISTS (SELECT 1 FROM "Urge" u WHERE u."assignmentId" = a.id AND u."dueAt" = a."dueAt" AND u.automatic)
          ORDER BY a.id LIMIT ${BATCH}`
      : await tx.$queryRaw<Overdue[]>`
          SELECT a.id AS "assignmentId", a."suggestionId", a."unitId", a."dueAt", s.title, r.path AS "regionPath"
          FROM "Assignment" a JOIN "Suggestion" s ON s.id = a."suggestionId" JOIN "Region" r ON r.id = s."regionId"
          WHERE a.status IN ('PENDING', 'ACCEPTED') AND a.role = 'LEAD' AND a."dueAt" <= ${cutoff} AND a.round = s.round
            AND s.status IN ('ASSIGNED', 'HANDLING') AND a.id > ${afterId}
            AND NOT EXISTS (SELECT 1 FROM "SupervisionCase" c WHERE c."sourceKey" = 'escalation:' || a.id || ':' || (extract(epoch FROM a."dueAt") * 1000)::bigint)
          ORDER BY a.id LIMIT ${BATCH}`;
  return rows;
}

export const escalationKey = (assignmentId: number, dueAt: Date) => `escalation:${assignmentId}:${dueAt.getTime()}`;

/** Sends the automatic urges due today. Returns how many this run sent. */
export async function urgeOverdueAssignments(now = new Date()): Promise<number> {
  const cal = await loadWorkCalendar();
  const cutoff = cutoffFor(now, (d) => urgeDayFor(d, cal));
  if (!cutoff) return 0;
  let sent = 0;
  for (let afterId = 0; ;) {
    const batch = await overdueAssignments(db, cutoff, "urge", afterId);
    if (batch.length === 0) return sent;
    afterId = batch[batch.length - 1].assignmentId;
    sent += await db.$transaction(async (tx) => {
      const inserted = await tx.urge.createManyAndReturn({
        data: batch.map((a) => ({
          suggestionId: a.suggestionId,
          assignmentId: a.assignmentId,
          dueAt: a.dueAt,
          automatic: true,
          createdAt: now,
        })),
        skipDuplicates: true,
        select: { id: true, assignmentId: true },
      });
      const byAssignment = new Map(batch.map((a) => [a.assignmentId, a]));
      for (const row of inserted) {
        const a = byAssignment.get(row.assignmentId)!;
        const due = shanghaiDateOf(a.dueAt);
        await notifyUnitWithSms(tx, a.unitId, {
          title: written("notice.overdue.title"),
          body: written("notice.overdue.body", { title: a.title, due }),
          link: `/unit/suggestions/${a.suggestionId}`,
          sms: written("sms.overdue", { title: a.title.slice(0, 30), due }),
        });
        await recordAudit(
          {
            actor: null,
            action: "urge.auto",
            target: { type: "Assignment", id: a.assignmentId },
            result: "SUCCESS",
            detail: { urgeId: row.id, dueAt: a.dueAt.toISOString() },
          },
          tx,
        );
      }
      return inserted.length;
    });
  }
}

/** Opens a 重点督办 case for each lead assignment still overdue past the escalation window. Returns how many. */
export async function escalateOverdueItems(now = new Date()): Promise<number> {
  const [cal, settings] = await Promise.all([loadWorkCalendar(), getSupervisionSettings()]);
  const cutoff = cutoffFor(now, (d) => escalationDayFor(d, settings.escalateAfterWorkingDays, cal));
  if (!cutoff) return 0;
  let opened = 0;
  for (let afterId = 0; ;) {
    const batch = await overdueAssignments(db, cutoff, "escalate", afterId);
    if (batch.length === 0) return opened;
    afterId = batch[batch.length - 1].assignmentId;
    opened += await db.$transaction(async (tx) => {
      const inserted = await tx.supervisionCase.createManyAndReturn({
        data: batch.map((a) => ({
          suggestionId: a.suggestionId,
          level: "KEY" as const,
          reason: written("recorded.escalated", {
            due: shanghaiDateOf(a.dueAt),
            days: String(settings.escalateAfterWorkingDays),
          }),
          sourceKey: escalationKey(a.assignmentId, a.dueAt),
          openedAt: now,
        })),
        skipDuplicates: true,
        select: { id: true, sourceKey: true },
      });
      const byKey = new Map(batch.map((a) => [escalationKey(a.assignmentId, a.dueAt), a]));
      for (const c of inserted) {
        const a = byKey.get(c.sourceKey!)!;
        await recordCaseEvent(tx, {
          caseId: c.id,
          actor: null,
          action: "OPEN",
          detail: { level: "KEY", escalated: true },
        });
        await recordAudit(
          {
            actor: null,
            action: "supervision.escalate",
            target: { type: "SupervisionCase", id: c.id },
            result: "SUCCESS",
            detail: { assignmentId: a.assignmentId },
          },
          tx,
        );
        await notifyStaffFor(tx, a.regionPath, {
          title: written("notice.escalatedStaff.title"),
          body: written("notice.escalatedStaff.body", { title: a.title }),
          link: `/staff/supervision/${c.id}`,
        });
        await notifyUnitWithSms(tx, a.unitId, {
          title: written("notice.escalatedUnit.title"),
          body: written("notice.escalatedUnit.body", { title: a.title }),
          link: `/unit/suggestions/${a.suggestionId}`,
          sms: written("sms.escalated", { title: a.title.slice(0, 30) }),
        });
      }
      return inserted.length;
    });
  }
}

/** The daily job: urge, then escalate. */
export async function superviseDeadlines(now = new Date()) {
  const urged = await urgeOverdueAssignments(now);
  const escalated = await escalateOverdueItems(now);
  return { urged, escalated };
}
