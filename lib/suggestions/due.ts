// Due dates for the stages of a suggestion, from the rules table over the working-day calendar.
import type { DueStage, SuggestionKind, SuggestionSource } from "../generated/prisma/enums.ts";
import { computeDueAt, pickRule } from "../calendar/due-dates.ts";
import { loadDueRules, loadWorkCalendar } from "../calendar/load-calendar.ts";

export async function dueAtFor(
  stage: DueStage,
  item: { kind: SuggestionKind; source: SuggestionSource; categoryId: number },
  from: Date,
): Promise<Date | null> {
  const [rules, calendar] = await Promise.all([loadDueRules(), loadWorkCalendar()]);
  const rule = pickRule(rules, { stage, ...item });
  return rule ? computeDueAt(from, rule, calendar) : null;
}
