// 履职积分: credits from the rubric in DutyPointRule (docs/domain-model.md "Duty points"). A credit is keyed by
// deputy, rule and source, so crediting the same thing twice (a retried action, a re-saved log) adds nothing.
import type { Tx } from "../db.ts";

export type DutyRuleCode =
  | "RECEPTION"
  | "SOLVED_ON_SPOT"
  | "SUGGESTION"
  // duty activities (lib/activities/kinds.ts)
  | "INSPECTION_REPORT"
  | "SURVEY"
  | "LAW_ENFORCEMENT_CHECK"
  | "GROUP_ACTIVITY"
  | "TRAINING"
  | "REPORT_TO_VOTERS";

export type Credit = {
  deputyId: number;
  code: DutyRuleCode;
  sourceType: "ReceptionSession" | "Suggestion" | "DutyActivity";
  sourceId: number;
  note: string;
  occurredAt: Date;
};

export async function creditDutyPoints(tx: Tx, credits: readonly Credit[]): Promise<number> {
  if (!credits.length) return 0;
  const codes = [...new Set(credits.map((c) => c.code))];
  const rules = await tx.dutyPointRule.findMany({
    where: { code: { in: codes }, active: true },
    select: { id: true, code: true, points: true },
  });
  const deputyIds = [...new Set(credits.map((c) => c.deputyId))];
  // The ledger is per term: the deputy's latest term (a deputy at two levels serves the same 届 period).
  const mandates = await tx.deputyMandate.groupBy({
    by: ["deputyId"],
    where: { deputyId: { in: deputyIds } },
    _max: { term: true },
  });
  const termOf = new Map(mandates.map((m) => [m.deputyId, m._max.term]));
  const rows = credits.flatMap((c) => {
    const rule = rules.find((r) => r.code === c.code);
    const term = termOf.get(c.deputyId);
    if (!rule || term == null) return []; // an inactive rule or a deputy without a mandate earns nothing
    return [
      {
        deputyId: c.deputyId,
        ruleId: rule.id,
        term,
        points: rule.points,
        sourceType: c.sourceType,
        sourceId: String(c.sourceId),
        note: c.note,
        occurredAt: c.occurredAt,
      },
    ];
  });
  const res = await tx.dutyPointEntry.createMany({ data: rows, skipDuplicates: true });
  return res.count;
}

/** Takes back credits for a deed that did not happen after all (attendance un-marked). Published credits stay:
 *  the caller refuses the change before that (docs/decisions/0066). Returns how many entries were removed. */
export async function reverseDutyPoints(
  tx: Tx,
  deputyIds: readonly number[],
  sourceType: Credit["sourceType"],
  sourceId: number,
): Promise<number> {
  if (!deputyIds.length) return 0;
  const res = await tx.dutyPointEntry.deleteMany({
    where: { deputyId: { in: [...deputyIds] }, sourceType, sourceId: String(sourceId), publishedAt: null },
  });
  return res.count;
}
