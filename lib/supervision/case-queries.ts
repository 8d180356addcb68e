// Reads of supervision cases, narrowed to what the actor may see (S1): staff the cases on items in their region,
// a leader only the cases they lead; everyone else none. Newest first, 50 at a time by keyset (P3).
import { z } from "zod";
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import { can, scopeRule, type Actor } from "../auth/permissions.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { idParam, parseSearchParams, type RawSearchParams } from "../http/search-params.ts";
import { decodeCursor, seekAfter, toPage } from "../pagination/keyset.ts";
import { caseScope } from "./load-case.ts";

export const CASE_PAGE_SIZE = 50;

export const caseFiltersSchema = z.strictObject({
  status: z.enum(["OPEN", "CLOSED", "all"]).optional(),
  level: z.enum(["ROUTINE", "KEY", "LEADER_LED"]).optional(),
  leader: idParam.optional(),
  /** Only cases whose own due date has passed. */
  overdue: z.enum(["1"]).optional(),
  after: z
    .string()
    .refine((v) => decodeCursor(v) !== null)
    .optional(),
});
export type CaseFilters = z.output<typeof caseFiltersSchema>;

export function parseCaseFilters(raw: RawSearchParams) {
  return parseSearchParams(caseFiltersSchema, raw);
}

/** The where-clause for the cases an actor may read; throws for a role that may read none. */
export function caseReadScope(actor: Actor): Prisma.SupervisionCaseWhereInput {
  switch (scopeRule(actor, "supervision.read")) {
    case "region":
      return actor.regionPath ? { suggestion: { region: { path: { startsWith: actor.regionPath } } } } : { id: -1 };
    case "own":
      return { leaderId: actor.id };
    default:
      throw new AppError("forbidden");
  }
}

const LIST_SELECT = {
  id: true,
  level: true,
  status: true,
  reason: true,
  dueAt: true,
  openedAt: true,
  closedAt: true,
  leader: { select: { name: true } },
  suggestion: { select: { id: true, trackingCode: true, title: true, status: true, dueAt: true } },
  _count: { select: { notes: true } },
} satisfies Prisma.SupervisionCaseSelect;

export async function listCases(actor: Actor, filters: CaseFilters, now = new Date()) {
  const cursor = decodeCursor(filters.after);
  const status = filters.status ?? "OPEN";
  const where: Prisma.SupervisionCaseWhereInput = {
    AND: [
      caseReadScope(actor),
      status === "all" ? {} : { status },
      filters.level ? { level: filters.level } : {},
      filters.leader ? { leaderId: filters.leader } : {},
      filters.overdue ? { dueAt: { lt: now }, status: "OPEN" } : {},
      cursor ? seekAfter("openedAt", cursor, "desc") : {},
    ],
  };
  const found = await db.supervisionCase.findMany({
    where,
    orderBy: [{ openedAt: "desc" }, { id: "desc" }],
    take: CASE_PAGE_SIZE + 1,
    select: LIST_SELECT,
  });
  const page = toPage(found, CASE_PAGE_SIZE, (r) => ({ at: r.openedAt, id: r.id }));
  return {
    ...page,
    rows: page.rows.map((r) => ({ ...r, overdue: r.status === "OPEN" && r.dueAt != null && r.dueAt < now })),
  };
}

export type CaseListRow = Awaited<ReturnType<typeof listCases>>["rows"][number];

/** Leaders a case can name, for staff in this region (a leader whose region covers the staff's, or any leader of it). */
export async function leaderOptions(actor: Actor) {
  if (!actor.regionPath) return [];
  const leaders = await db.user.findMany({
    where: { role: "LEADER", disabledAt: null },
    orderBy: { id: "asc" },
    select: { id: true, name: true, region: { select: { path: true, name: true } } },
  });
  // Leaders of the staff's own area, above it, or within it.
  return leaders
    .filter(
      (l) => !l.region || actor.regionPath!.startsWith(l.region.path) || l.region.path.startsWith(actor.regionPath!),
    )
    .map((l) => ({ id: l.id, name: l.region ? `${l.name}（${l.region.name}）` : l.name }));
}

/** One case with its notes and history, or "not found" when it is out of the actor's reach. */
export async function getCaseDetail(actor: Actor, id: number) {
  const c = await db.supervisionCase.findUnique({
    where: { id },
    select: {
      id: true,
      level: true,
      status: true,
      reason: true,
      dueAt: true,
      openedAt: true,
      closedAt: true,
      version: true,
      leaderId: true,
      openedById: true,
      sourceKey: true,
      leader: { select: { id: true, name: true } },
      suggestion: {
        select: {
          id: true,
          trackingCode: true,
          title: true,
          status: true,
          dueAt: true,
          round: true,
          region: { select: { path: true, name: true } },
          assignments: {
            orderBy: [{ round: "asc" }, { role: "asc" }, { id: "asc" }],
            select: { id: true, role: true, status: true, round: true, dueAt: true, unit: { select: { name: true } } },
          },
          urges: {
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              dueAt: true,
              automatic: true,
              createdAt: true,
              note: true,
              assignment: { select: { unit: { select: { name: true } } } },
            },
          },
        },
      },
      notes: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, authorId: true, content: true, createdAt: true },
      },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, actorId: true, action: true, detail: true, createdAt: true },
      },
    },
  });
  if (!c || !can(actor, "supervision.read", caseScope(c))) throw notFound();
  const people = new Set<number>(
    [...c.notes.map((n) => n.authorId), ...c.events.map((e) => e.actorId), c.openedById].filter(
      (x): x is number => x != null,
    ),
  );
  const users = await db.user.findMany({
    where: { id: { in: [...people] } },
    select: { id: true, name: true, role: true },
  });
  const who = new Map(users.map((u) => [u.id, u]));
  return {
    ...c,
    suggestion: { ...c.suggestion, region: { name: c.suggestion.region.name } },
    openedBy: c.openedById ? (who.get(c.openedById) ?? null) : null,
    notes: c.notes.map((n) => ({ ...n, author: n.authorId ? (who.get(n.authorId) ?? null) : null })),
    events: c.events.map((e) => ({ ...e, actor: e.actorId ? (who.get(e.actorId) ?? null) : null })),
    canManage: can(actor, "supervision.manage", caseScope(c)),
    canNote: can(actor, "supervision.note", caseScope(c)),
  };
}

export type CaseDetail = Awaited<ReturnType<typeof getCaseDetail>>;

/** The supervision facts shown on an item's staff page: its cases and its urges. */
export async function supervisionForItem(actor: Actor, suggestionId: number) {
  const scope = caseReadScope(actor);
  const [cases, urges] = await Promise.all([
    db.supervisionCase.findMany({
      where: { AND: [scope, { suggestionId }] },
      orderBy: { id: "asc" },
      select: { id: true, level: true, status: true, dueAt: true, leader: { select: { name: true } } },
    }),
    db.urge.findMany({
      where: { suggestionId, suggestion: { region: { path: { startsWith: actor.regionPath ?? "\u0000" } } } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        dueAt: true,
        automatic: true,
        createdAt: true,
        note: true,
        assignment: { select: { unit: { select: { name: true } } } },
      },
    }),
  ]);
  return { cases, urges };
}
