// The kinds of duty activity beyond receptions and the rubric rule each one's attendance earns (DutyPointRule
// codes; the migration 20261206014932_duty_activities adds the rules 视察 and 述职 did not have yet).
import type { DutyActivityKind } from "../generated/prisma/enums.ts";
import type { DutyRuleCode } from "../reception/duty-points.ts";

export const ACTIVITY_KINDS = [
  "INSPECTION",
  "SURVEY",
  "LAW_ENFORCEMENT_CHECK",
  "GROUP_ACTIVITY",
  "TRAINING",
  "REPORT_TO_VOTERS",
] as const satisfies readonly DutyActivityKind[];

export const RULE_OF_KIND: Record<DutyActivityKind, DutyRuleCode> = {
  INSPECTION: "INSPECTION_REPORT",
  SURVEY: "SURVEY",
  LAW_ENFORCEMENT_CHECK: "LAW_ENFORCEMENT_CHECK",
  GROUP_ACTIVITY: "GROUP_ACTIVITY",
  TRAINING: "TRAINING",
  REPORT_TO_VOTERS: "REPORT_TO_VOTERS",
};

/** The activity kind a rubric rule belongs to, for the rubric page (null: a reception or suggestion rule). */
export function kindOfRule(code: string): DutyActivityKind | null {
  return ACTIVITY_KINDS.find((k) => RULE_OF_KIND[k] === code) ?? null;
}

/** How long residents may rate a 述职 after it ends, unless staff choose otherwise. */
export const DEFAULT_RATING_DAYS = 7;
