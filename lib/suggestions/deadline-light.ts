// The deadline light of one item, for its own page: the same rule and setting as the lists (staff queue, unit
// list), so an item marked 逾期 in a list is marked 逾期 when opened. Null once the item is finished or has no
// deadline.
import { light, type Light } from "../calendar/due-dates.ts";
import { getSetting, loadWorkCalendar } from "../calendar/load-calendar.ts";
import type { SuggestionStatus } from "../generated/prisma/enums.ts";
import { FINAL_STATUSES } from "./workflow.ts";

export async function itemLight(dueAt: Date | null, status: SuggestionStatus, now = new Date()): Promise<Light | null> {
  if (!dueAt || FINAL_STATUSES.includes(status)) return null;
  const [cal, yellowWorkingDays] = await Promise.all([loadWorkCalendar(), getSetting("yellowLightWorkingDays", 3)]);
  return light(dueAt, now, yellowWorkingDays, cal);
}
