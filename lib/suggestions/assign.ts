// 交办: staff assign one lead unit (主办) and any co-units (协办). Due dates come from the rules over the
// working-day calendar: a deputy suggestion's reply within 3 months, a resident's opinion closed within 15
// working days, co-units' opinions within a month (never later than the lead's deadline).
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { notifyProposer, notifyUnit } from "../notifications/notify.ts";
import { assignSchema } from "./action-schemas.ts";
import { dueAtFor } from "./due.ts";
import { loadSuggestionForAction } from "./load-for-action.ts";
import { moveSuggestion } from "./transition.ts";
import { moveAssignment, type AssignmentStart } from "../status/assignment.ts";

export async function assignSuggestion(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = assignSchema.parse(raw);
  const coUnitIds = [...new Set(input.coUnitIds)].filter((u) => u !== input.leadUnitId);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.assign");
  const units = await db.handlingUnit.findMany({
    where: { id: { in: [input.leadUnitId, ...coUnitIds] }, active: true },
    select: { id: true, name: true },
  });
  if (!units.some((u) => u.id === input.leadUnitId)) throw new AppError("invalid", "leadUnitRequired");
  if (units.length !== coUnitIds.length + 1) throw new AppError("invalid", "unitUnknown");
  // A unit that returned the item this round is not given it again; one whose assignment staff withdrew (or
  // that was a co-unit when the lead returned it) may be, on its earlier row (one row per unit and round).
  const earlier = new Map(s.assignments.filter((a) => a.round === s.round).map((a) => [a.unitId, a]));
  if ([input.leadUnitId, ...coUnitIds].some((u) => earlier.has(u) && earlier.get(u)!.status !== "WITHDRAWN")) {
    throw new AppError("invalid", "unitAlreadyAssigned");
  }

  const now = new Date();
  const item = { kind: s.kind, source: s.source, categoryId: s.categoryId };
  const leadDue = await dueAtFor(s.kind === "DEPUTY_SUGGESTION" ? "REPLY" : "CLOSE", item, now);
  if (!leadDue) throw new AppError("invalid", "noDueRule");
  const coDue = await dueAtFor("CO_OPINION", item, now);
  const coDueAt = coDue && coDue < leadDue ? coDue : leadDue;

  await db.$transaction(async (tx) => {
    await moveSuggestion(tx, {
      suggestion: { ...s, version: input.version },
      to: "ASSIGNED",
      actor,
      action: earlier.size > 0 ? "REASSIGN" : "ASSIGN",
      reason: `主办：${units.find((u) => u.id === input.leadUnitId)!.name}${
        coUnitIds.length
          ? `；协办：${units
              .filter((u) => u.id !== input.leadUnitId)
              .map((u) => u.name)
              .join("、")}`
          : ""
      }`,
      data: { assignedAt: now, dueAt: leadDue },
      client,
    });
    const rows = [
      { unitId: input.leadUnitId, role: "LEAD" as const, dueAt: leadDue },
      ...coUnitIds.map((unitId) => ({ unitId, role: "CO" as const, dueAt: coDueAt })),
    ];
    for (const row of rows) {
      const fresh = {
        ...row,
        assignedById: actor.id,
        assignedAt: now,
        acceptedAt: null,
        returnedAt: null,
        returnReason: null,
        coOpinion: null,
        coOpinionAt: null,
      };
      const old = earlier.get(row.unitId);
      if (old) {
        await moveAssignment(tx, { where: { id: old.id }, from: "WITHDRAWN", to: "PENDING", data: fresh });
      } else {
        const status = "PENDING" satisfies AssignmentStart;
        await tx.assignment.create({ data: { ...fresh, status, suggestionId: s.id, round: s.round } });
      }
    }
    for (const unit of units) {
      await notifyUnit(tx, unit.id, {
        title: unit.id === input.leadUnitId ? "新的交办事项（主办）" : "新的交办事项（协办）",
        body: `「${s.title}」已交你单位${unit.id === input.leadUnitId ? "主办" : "协办"}，请及时签收。`,
        link: `/unit/suggestions/${s.id}`,
      });
    }
    await notifyProposer(tx, s.proposerId, {
      title: "您反映的事项已交办",
      body: `「${s.title}」已交承办单位办理。`,
      link: `/track/${s.trackingCode}`,
    });
  });
}
