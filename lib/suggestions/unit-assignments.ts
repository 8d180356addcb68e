// A handling unit's work list: its own assignments only (S1), soonest deadline first, keyset-paginated (P3).
// Shows no proposer data at all, so confidential items need no special case here.
import { z } from "zod";
import { db } from "../db.ts";
import { scopeRule, type Actor } from "../auth/permissions.ts";
import { light, type Light } from "../calendar/due-dates.ts";
import { getSetting, loadWorkCalendar } from "../calendar/load-calendar.ts";
import { AppError } from "../errors.ts";
import { AssignmentStatus, type AssignmentRole } from "../generated/prisma/enums.ts";
import { parseSearchParams, type RawSearchParams } from "../http/search-params.ts";
import { decodeCursor, seekAfter, toPage } from "../pagination/keyset.ts";

export const ASSIGNMENTS_PAGE_SIZE = 50;
/** Assignments still waiting for the unit: to accept, or to handle. The default view. */
export const OPEN_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ["PENDING", "ACCEPTED"];

export const assignmentFiltersSchema = z.strictObject({
  /** Unset: the open ones; "all"; or one status. */
  show: z.enum(["all", ...Object.values(AssignmentStatus)]).optional(),
  after: z.string().refine((v) => decodeCursor(v) !== null).optional(),
});

export type AssignmentFilters = z.output<typeof assignmentFiltersSchema>;

export function parseAssignmentFilters(raw: RawSearchParams) {
  return parseSearchParams(assignmentFiltersSchema, raw);
}

export type AssignmentRow = {
  id: number;
  role: AssignmentRole;
  status: AssignmentStatus;
  round: number;
  dueAt: Date;
  suggestionId: number;
  trackingCode: string;
  title: string;
  /** Null once the assignment no longer waits on the unit. */
  light: Light | null;
};

export async function listUnitAssignments(actor: Actor, filters: AssignmentFilters, now = new Date()) {
  // S1: only a unit's own staff, and only their unit. Fail closed for every other role or a unit-less account.
  if (scopeRule(actor, "suggestion.handle") !== "unit" || actor.unitId == null) throw new AppError("forbidden");
  const cursor = decodeCursor(filters.after);
  const status =
    filters.show === undefined ? { in: [...OPEN_ASSIGNMENT_STATUSES] } : filters.show === "all" ? undefined : filters.show;

  const [found, cal, yellowWorkingDays] = await Promise.all([
    db.assignment.findMany({
      where: { AND: [{ unitId: actor.unitId }, status ? { status } : {}, cursor ? seekAfter("dueAt", cursor, "asc") : {}] },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: ASSIGNMENTS_PAGE_SIZE + 1,
      select: {
        id: true,
        role: true,
        status: true,
        round: true,
        dueAt: true,
        suggestion: { select: { id: true, trackingCode: true, title: true } },
      },
    }),
    loadWorkCalendar(),
    getSetting("yellowLightWorkingDays", 3),
  ]);
  const page = toPage(found, ASSIGNMENTS_PAGE_SIZE, (r) => ({ at: r.dueAt, id: r.id }));
  const rows: AssignmentRow[] = page.rows.map(({ suggestion, ...a }) => ({
    ...a,
    suggestionId: suggestion.id,
    trackingCode: suggestion.trackingCode,
    title: suggestion.title,
    light: OPEN_ASSIGNMENT_STATUSES.includes(a.status) ? light(a.dueAt, now, yellowWorkingDays, cal) : null,
  }));
  return { rows, next: page.next, yellowWorkingDays };
}
