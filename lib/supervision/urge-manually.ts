// Staff urge the units still working on an item from its page. Recorded like the automatic urge (an Urge row,
// automatic = false) and once per unit and deadline: a double click or a second staff member urging the same
// deadline changes nothing and is told so.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { shanghaiDateOf } from "../calendar/civil-date.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { loadSuggestionForAction } from "../suggestions/load-for-action.ts";
import { notifyUnitWithSms } from "./notify-unit.ts";
import { manualUrgeSchema } from "./schemas.ts";
import { written } from "../notifications/texts.ts";

export async function urgeManually(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ urged: number }> {
  const input = manualUrgeSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "supervision.urge");
  if (s.status !== "ASSIGNED" && s.status !== "HANDLING") throw new AppError("invalid", "supervision.nothingToUrge");
  const open = s.assignments.filter((a) => a.round === s.round && (a.status === "PENDING" || a.status === "ACCEPTED"));
  if (open.length === 0) throw new AppError("invalid", "supervision.nothingToUrge");
  const urged = await db.$transaction(async (tx) => {
    const inserted = await tx.urge.createManyAndReturn({
      data: open.map((a) => ({
        suggestionId: s.id,
        assignmentId: a.id,
        dueAt: a.dueAt,
        automatic: false,
        byId: actor.id,
        note: input.note || null,
      })),
      skipDuplicates: true,
      select: { id: true, assignmentId: true },
    });
    for (const row of inserted) {
      const a = open.find((x) => x.id === row.assignmentId)!;
      const due = shanghaiDateOf(a.dueAt);
      await notifyUnitWithSms(tx, a.unitId, {
        title: written("notice.urge.title"),
        body: written("notice.urge.body", { title: s.title, due, note: input.note }),
        link: `/unit/suggestions/${s.id}`,
        sms: written("sms.urge", { title: s.title.slice(0, 30), due }),
      });
      await recordAudit(
        {
          actor,
          action: "urge.manual",
          target: { type: "Assignment", id: a.id },
          result: "SUCCESS",
          client,
          detail: { urgeId: row.id },
        },
        tx,
      );
    }
    return inserted.length;
  });
  if (urged === 0) throw new AppError("conflict", "supervision.alreadyUrged");
  return { urged };
}
