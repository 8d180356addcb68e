// Due dates from time-limit rules, and the green/yellow/red light. Pure: the calendar and rules are passed in.
import type { DueStage, DueUnit, SuggestionKind, SuggestionSource } from "../generated/prisma/enums.ts";
import { addDays, addMonths, endOfShanghaiDay, shanghaiDateOf, type CivilDate } from "./civil-date.ts";
import type { WorkCalendar } from "./working-days.ts";

export interface DueRule {
  amount: number;
  unit: DueUnit;
}

export interface DueResult {
  /** The due day in Shanghai. */
  dueDate: CivilDate;
  /** 23:59:59.999 Shanghai time on the due day: the whole due day still counts as on time. */
  dueAt: Date;
  /** Years counted weekends-only because their schedule is not entered yet; show them to the person. */
  fallbackYears: number[];
}

/**
 * The due day counted from the Shanghai date of `from`. The starting day itself never counts, so an item
 * assigned at 09:00 on a Monday with 3 working days is due on Thursday.
 */
export function computeDue(from: Date, rule: DueRule, cal: WorkCalendar): DueResult {
  if (!Number.isInteger(rule.amount) || rule.amount < 0) throw new RangeError(`Bad rule amount ${rule.amount}`);
  const start = shanghaiDateOf(from);
  let dueDate: CivilDate;
  switch (rule.unit) {
    case "WORKING_DAYS":
      // 0 working days: due today if today is a working day, else the next one.
      dueDate = rule.amount === 0 ? cal.nextWorkingDay(start) : cal.addWorkingDays(start, rule.amount);
      break;
    case "CALENDAR_DAYS":
      // The usual practice (as for statutory periods in general): a period whose last day is a public
      // holiday or a rest day ends on the first working day after it.
      dueDate = cal.nextWorkingDay(addDays(start, rule.amount));
      break;
    case "MONTHS":
      // Same day-of-month, clamped to the month's end; moved off a rest day or holiday as above.
      dueDate = cal.nextWorkingDay(addMonths(start, rule.amount));
      break;
    default: {
      const never: never = rule.unit;
      throw new RangeError(`Unknown due unit ${String(never)}`);
    }
  }
  return { dueDate, dueAt: endOfShanghaiDay(dueDate), fallbackYears: cal.fallbackYears(start, dueDate) };
}

/** The instant a rule's period ends, counted from `from`. See computeDue for the fallback years. */
export function computeDueAt(from: Date, rule: DueRule, cal: WorkCalendar): Date {
  return computeDue(from, rule, cal).dueAt;
}

export interface RuleScope {
  stage: DueStage;
  kind: SuggestionKind | null;
  source: SuggestionSource | null;
  categoryId: number | null;
}

export interface RuleQuery {
  stage: DueStage;
  kind: SuggestionKind;
  source?: SuggestionSource | null;
  categoryId?: number | null;
}

// Weights make every combination comparable and give exactly the documented order
// category+source+kind (7) > category+kind (5) > source+kind (3) > kind (1) > any (0);
// the combinations the order leaves out fall in between (category+source 6, category 4, source 2).
const CATEGORY = 4;
const SOURCE = 2;
const KIND = 1;

function specificity(rule: RuleScope): number {
  return (
    (rule.categoryId !== null ? CATEGORY : 0) + (rule.source !== null ? SOURCE : 0) + (rule.kind !== null ? KIND : 0)
  );
}

/**
 * The most specific rule for the item; a null field on a rule means "any". Rules of other stages never match.
 * Ties (possible only with duplicate rows) go to the earlier rule in `rules`. Null when nothing matches.
 */
export function pickRule<R extends RuleScope>(rules: readonly R[], item: RuleQuery): R | null {
  let best: R | null = null;
  let bestScore = -1;
  for (const rule of rules) {
    if (rule.stage !== item.stage) continue;
    if (rule.kind !== null && rule.kind !== item.kind) continue;
    if (rule.source !== null && rule.source !== (item.source ?? null)) continue;
    if (rule.categoryId !== null && rule.categoryId !== (item.categoryId ?? null)) continue;
    const score = specificity(rule);
    if (score > bestScore) {
      best = rule;
      bestScore = score;
    }
  }
  return best;
}

export type Light = "green" | "yellow" | "red";

/**
 * Red once `now` is past the deadline; yellow when the due day is at most `yellowWorkingDays` working days
 * after today (so the due day itself is yellow, and a long holiday does not eat the warning); green otherwise.
 */
export function light(dueAt: Date, now: Date, yellowWorkingDays: number, cal: WorkCalendar): Light {
  if (now.getTime() > dueAt.getTime()) return "red";
  const left = cal.workingDaysBetween(shanghaiDateOf(now), shanghaiDateOf(dueAt));
  return left <= yellowWorkingDays ? "yellow" : "green";
}
