// The duty-points rubric (履职积分规则): staff and admins set how many points each rule gives, or switch a rule
// off. A change applies to credits from then on; entries already in the ledger keep the points they were
// credited with, so a deputy's record never changes behind their back.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { assertCan } from "../auth/guard.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { dutyRuleSchema } from "./schemas.ts";

export function listDutyRules() {
  return db.dutyPointRule.findMany({
    orderBy: { id: "asc" },
    select: { id: true, code: true, name: true, points: true, active: true },
  });
}

export async function updateDutyRule(actor: Actor, raw: unknown, client?: ClientInfo) {
  await assertCan(actor, "dutyPoints.configure", undefined, { target: { type: "DutyPointRule", id: "rules" }, client });
  const input = dutyRuleSchema.parse(raw);
  await db.$transaction(async (tx) => {
    const before = await tx.dutyPointRule.findUnique({
      where: { id: input.ruleId },
      select: { points: true, active: true },
    });
    if (!before) throw new AppError("notFound");
    await tx.dutyPointRule.update({
      where: { id: input.ruleId },
      data: { points: input.points, active: input.active === "yes" },
    });
    await recordAudit(
      {
        actor,
        action: "dutyRule.update",
        target: { type: "DutyPointRule", id: input.ruleId },
        result: "SUCCESS",
        client,
        detail: { before, after: { points: input.points, active: input.active === "yes" } },
      },
      tx,
    );
  });
}
