// A handling unit's work list: its own assignments only (S1), soonest deadline first, keyset-paginated (P3).
// Shows no proposer data at all, so confidential items need no special case here.
import { z } from "zod";
import { db } from "../db.ts";
import { scopeRule, type Actor } from "../auth/permissions.ts";
import type { Light } from "../calendar/due-dates.ts";
import { lightIn, yellowWindow } from "../calendar/light-window.ts";
import { getSetting, loadWorkCalendar } from "../calendar/load-calendar.ts";
import { AppError } from "../errors.ts";
import { AssignmentStatus, type AssignmentRole } from "../generated/prisma/enums.ts";
import { parseSearchParams, type RawSearchParams } from "../http/search-params.ts";
import { decodeCursor, seekAfter, toPage } from "../pagination/keyset.ts";
import { readSearch, searchParam, wordsWhere } from "./queue-search.ts";

export const ASSIGNMENTS_PAGE_SIZE = 50;
/** Assignments still waiting for the unit: to accept, or to handle. The default view. */
export const OPEN_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ["PENDING", "ACCEPTED"];

export const assignmentFiltersSchema = z.strictObject({
  /** Unset: the open ones; "all"; or one status. */
  show: z.enum(["all", ...Object.values(AssignmentStatus)]).optional(),
  /** A tracking code (opens the item) or words of the title or text; never a phone (units see no proposers). */
  q: searchParam.optional(),
  after: z
    .string()
    .refine((v) => decodeCursor(v) !== null)
    .optional(),
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

/**
 * One page of the actor's unit's assignments. Each status is read on its own, straight down the
 * (unitId, status, dueAt) index, and the runs are merged: the cost is one page per status, not the unit's whole
 * history (a busy unit collects thousands of assignments over the years).
 */
export async function listUnitAssignments(actor: Actor, filters: AssignmentFilters, now = new Date()) {
  // S1: only a unit's own staff, and only their unit. Fail closed for every other role or a unit-less account.
  if (scopeRule(actor, "suggestion.handle") !== "unit" || actor.unitId == null) throw new AppError("forbidden");
  const unitId = actor.unitId;
  const cursor = decodeCursor(filters.after);
  const statuses: readonly AssignmentStatus[] =
    filters.show === undefined
      ? OPEN_ASSIGNMENT_STATUSES
      : filters.show === "all"
        ? Object.values(AssignmentStatus)
        : [filters.show];

  // A code-shaped term opens the item when it is one of this unit's own; otherwise it is searched as a word. A
  // phone number is only digits to look for in the text here.
  const search = filters.q ? readSearch(filters.q) : null;
  if (search?.kind === "code") {
    const own = await db.assignment.findFirst({
      where: { unitId, suggestion: { trackingCode: search.code } },
      select: { suggestionId: true },
    });
    if (own) return { rows: [], next: null, yellowWorkingDays: 0, exactId: own.suggestionId };
  }
  const words = search ? (search.kind === "phone" ? [search.phone] : search.words) : [];
  const matching = words.length ? { suggestion: wordsWhere(words) } : {};
  const [runs, cal, yellowWorkingDays] = await Promise.all([
    Promise.all(
      statuses.map((status) =>
        db.assignment.findMany({
          where: { AND: [{ unitId }, { status }, matching, cursor ? seekAfter("dueAt", cursor, "asc") : {}] },
          orderBy: [{ dueAt: "asc" }, { id: "asc" }],
          take: ASSIGNMENTS_PAGE_SIZE + 1,
          select: { id: true, role: true, status: true, round: true, dueAt: true, suggestionId: true },
        }),
      ),
    ),
    loadWorkCalendar(),
    getSetting("yellowLightWorkingDays", 3),
  ]);
  const merged = runs
    .flat()
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id - b.id)
    .slice(0, ASSIGNMENTS_PAGE_SIZE + 1);
  const page = toPage(merged, ASSIGNMENTS_PAGE_SIZE, (r) => ({ at: r.dueAt, id: r.id }));
  // Only ids taken from the unit's own assignments above; nothing about the proposer.
  const suggestions = await db.suggestion.findMany({
    where: { id: { in: [...new Set(page.rows.map((r) => r.suggestionId))] } },
    select: { id: true, trackingCode: true, title: true },
  });
  const byId = new Map(suggestions.map((s) => [s.id, s]));
  const lights = yellowWindow(now, yellowWorkingDays, cal);
  const rows: AssignmentRow[] = page.rows.map((a) => ({
    ...a,
    trackingCode: byId.get(a.suggestionId)!.trackingCode,
    title: byId.get(a.suggestionId)!.title,
    light: OPEN_ASSIGNMENT_STATUSES.includes(a.status) ? lightIn(lights, a.dueAt) : null,
  }));
  return { rows, next: page.next, yellowWorkingDays, exactId: null };
}
