// The parts of a story that depend on where it ends up in time: automatic urges for overdue work,
// supervision of overdue items, follow-up checks (回头看) of B/C replies, and the row's current deadline.
import { PROGRESS_TEXTS, SUPERVISION_NOTES } from "./data/texts.ts";
import { addWorkingDays, at, DAY, dayOf, endOfDay } from "./time.ts";
import { openCase, type Story } from "./story-state.ts";
import type { PlannedAssignment, SuggestionPlan } from "./story-types.ts";

export function finishStory(s: Story): SuggestionPlan {
  const { plan, spec, rng: r, limit } = s;
  const row = plan.row;
  const city = spec.city;
  const lastDay = dayOf(limit);

  for (const a of plan.assignments) {
    if (a.role !== "LEAD") continue;
    const due = a.dueAt.getTime();
    const urgeAt = at(dayOf(due) + 1, 9, r.int(0, 20));
    const reply = plan.replies.find((p) => p.unitId === a.unitId && p.round === a.round);
    const doneAt = a.status === "RETURNED" ? a.returnedAt : a.status === "REPLIED" ? reply?.createdAt : null;
    const doneTime = doneAt ? new Date(doneAt).getTime() : Infinity;
    if (urgeAt > limit || urgeAt >= doneTime) continue;
    a.urges.push({
      dueAt: a.dueAt,
      automatic: true,
      note: "已超过办理期限，系统自动催办",
      createdAt: new Date(urgeAt),
    });
    if (doneTime === Infinity && r.chance(0.5)) {
      const opened = at(dayOf(urgeAt) + r.int(1, 5), 10, r.int(0, 59));
      openCase(s, "ROUTINE", opened, endOfDay(addWorkingDays(dayOf(opened), 10)));
    }
  }

  const closedAt = row.closedAt ? new Date(row.closedAt).getTime() : null;
  for (const c of plan.cases) {
    const opened = new Date(c.row.openedAt!).getTime();
    if (closedAt !== null) Object.assign(c.row, { status: "CLOSED", closedAt: new Date(closedAt) });
    const end = Math.min(closedAt ?? limit, limit);
    for (let n = r.int(1, 2); n > 0; n--) {
      const t = opened + Math.floor(r.next() * (end - opened));
      if (t <= opened) continue;
      const leaderNote = c.row.level === "LEADER_LED" && r.chance(0.5);
      c.notes.push({
        authorId: leaderNote ? city.leader.id : city.staff.id,
        content: r.pick(SUPERVISION_NOTES),
        createdAt: new Date(t),
      });
    }
  }

  const lead = currentLead(plan);
  if (plan.followUp && lead) {
    let next = dayOf(new Date(plan.followUp.nextCheckAt).getTime());
    for (let checks = 0; next <= lastDay && checks < 4; checks++) {
      const solved = r.chance(0.5);
      const t = at(next, solved ? 10 : 15, r.int(0, 59));
      plan.records.push({
        unitId: lead.unitId,
        authorId: s.units.get(lead.unitId)!.staff.id,
        kind: "PROGRESS",
        occurredAt: new Date(t),
        content: solved ? PROGRESS_TEXTS[3] : r.pick(PROGRESS_TEXTS.slice(0, 3)),
        createdAt: new Date(t),
      });
      if (solved) {
        Object.assign(plan.followUp, { solvedAt: new Date(t), solvedById: city.staff.id });
        break;
      }
      next += 90;
    }
    plan.followUp.nextCheckAt = new Date(next * DAY);
  }

  const submitDay = dayOf(spec.start);
  const opinion = spec.kind === "OPINION";
  const due =
    s.status === "SUBMITTED"
      ? opinion
        ? endOfDay(addWorkingDays(submitDay, 3))
        : null
      : s.status === "ACCEPTED"
        ? opinion
          ? endOfDay(addWorkingDays(submitDay, 15))
          : null
        : s.status === "ASSIGNED" || s.status === "HANDLING"
          ? (lead?.dueAt.getTime() ?? null)
          : s.status === "FED_BACK"
            ? endOfDay(dayOf(new Date(row.fedBackAt!).getTime()) + 15)
            : null;
  Object.assign(row, {
    status: s.status,
    version: plan.events.length,
    round: s.round,
    dueAt: due === null ? null : new Date(due),
    updatedAt: new Date(plan.lastAt),
  });
  if (spec.kind === "DEPUTY_SUGGESTION" && spec.proposerDeputyId && s.status !== "DECLINED") {
    plan.dutyPoint = { deputyId: spec.proposerDeputyId, at: new Date(spec.start) };
  }
  return plan;
}

function currentLead(plan: SuggestionPlan): PlannedAssignment | undefined {
  return plan.assignments.filter((a) => a.role === "LEAD" && a.status !== "RETURNED").at(-1);
}
