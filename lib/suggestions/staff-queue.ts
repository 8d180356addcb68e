// The committee staff's work list: suggestions in the actor's read scope (S1), filtered from the query string,
// newest first, 50 at a time by keyset (P3). Reads only the columns the list shows, in a fixed number of
// queries whatever the page size.
//
// Two query plans (docs/decisions/0006-work-lists-at-scale.md). Usually PostgreSQL walks an index in
// submittedAt order and stops after 51 matches: a few hundred rows, whatever the table size. That walk is a
// trap when matches are rare among recent rows: deadline filters (overdue items are the old ones), and
// sources or kinds that few items have (no index covers them), where it can read the whole table. Those pages
// are "collected" when the walk runs long: every match is found through the scope, stage and deadline indexes
// and the newest sorted out, which costs what the matches cost instead of a walk through everything.
import { z } from "zod";
import { db } from "../db.ts";
import { isStatementTimeout } from "../database-errors.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { endOfShanghaiDay, startOfShanghaiDay } from "../calendar/civil-date.ts";
import type { Light } from "../calendar/due-dates.ts";
import { lightIn, yellowWindow } from "../calendar/light-window.ts";
import { getSetting, loadWorkCalendar } from "../calendar/load-calendar.ts";
import { SuggestionKind, SuggestionSource, type SuggestionStatus } from "../generated/prisma/enums.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { civilDateParam, idParam, parseSearchParams, type RawSearchParams } from "../http/search-params.ts";
import { decodeCursor, seekAfter, toPage } from "../pagination/keyset.ts";
import { suggestionScope } from "./queries.ts";
import { onlyShortWords, proposerByPhone, readSearch, searchParam, wordsWhere } from "./queue-search.ts";
import { ALL_STATUSES, FINAL_STATUSES } from "./workflow.ts";

export const QUEUE_PAGE_SIZE = 50;
/** What the queue shows when no stage is chosen: the items waiting for staff to triage or assign. */
export const TRIAGE_STATUSES: readonly SuggestionStatus[] = ["SUBMITTED", "ACCEPTED"];
export const OPEN_STATUSES: readonly SuggestionStatus[] = ALL_STATUSES.filter((s) => !FINAL_STATUSES.includes(s));

const STAGES = ["open", ...ALL_STATUSES] as const;

export const queueFiltersSchema = z.strictObject({
  /** The search box: a tracking code, a proposer's mobile number, or words (queue-search.ts). */
  q: searchParam.optional(),
  /** A single stage, "open" (every stage that still moves), or unset: SUBMITTED + ACCEPTED. */
  stage: z.enum(STAGES).optional(),
  category: idParam.optional(),
  /** A region id: the region and everything under it. */
  region: idParam.optional(),
  station: idParam.optional(),
  source: z.enum(SuggestionSource).optional(),
  kind: z.enum(SuggestionKind).optional(),
  /** Submitted on or after / on or before these Asia/Shanghai dates. */
  from: civilDateParam.optional(),
  to: civilDateParam.optional(),
  /** overdue: red light; soon: yellow light; ontime: green light. */
  due: z.enum(["overdue", "soon", "ontime"]).optional(),
  /** light: items with a deadline, red first, then yellow, then green (deadline order); default newest first. */
  sort: z.enum(["light"]).optional(),
  after: z
    .string()
    .refine((v) => decodeCursor(v) !== null)
    .optional(),
});

export type QueueFilters = z.output<typeof queueFiltersSchema>;

export function parseQueueFilters(raw: RawSearchParams) {
  return parseSearchParams(queueFiltersSchema, raw);
}

export function stageStatuses(stage: QueueFilters["stage"]): readonly SuggestionStatus[] {
  if (stage === undefined) return TRIAGE_STATUSES;
  if (stage === "open") return OPEN_STATUSES;
  return [stage];
}

export type QueueRow = {
  id: number;
  trackingCode: string;
  title: string;
  status: SuggestionStatus;
  source: SuggestionSource;
  kind: SuggestionKind;
  submittedAt: Date;
  dueAt: Date | null;
  categoryName: string;
  /** The station's name, or the region's when it was not raised at a station. */
  placeName: string;
  /** Null when there is no deadline or the item no longer moves. */
  light: Light | null;
};

export type QueuePage = {
  rows: QueueRow[];
  next: string | null;
  /** The filters as applied: region or station ids that do not exist, or lie outside the scope, are dropped. */
  filters: QueueFilters;
  /** Filter keys dropped here (in addition to those parseQueueFilters refused). */
  ignored: string[];
  yellowWorkingDays: number;
  /** Set when the search box held a tracking code of an item in scope: the page opens it. */
  exactId: number | null;
  /** The search was only one- or two-character words and the newest-first walk ran out of time before a page. */
  searchTooBroad: boolean;
};

/** Region and station filters, checked against the actor's read scope; anything else is dropped. */
async function resolvePlaces(actor: Actor, filters: QueueFilters) {
  const [region, station] = await Promise.all([
    filters.region ? db.region.findUnique({ where: { id: filters.region }, select: { path: true } }) : null,
    filters.station
      ? db.station.findUnique({
          where: { id: filters.station },
          select: { id: true, region: { select: { path: true } } },
        })
      : null,
  ]);
  const ignored: string[] = [];
  const regionPath = region && can(actor, "suggestion.read", { regionPath: region.path }) ? region.path : null;
  if (filters.region && !regionPath) ignored.push("region");
  const stationOk =
    station != null &&
    can(actor, "suggestion.read", { regionPath: station.region.path, stationId: station.id }) &&
    (regionPath == null || station.region.path.startsWith(regionPath));
  if (filters.station && !stationOk) ignored.push("station");
  return { regionPath, stationId: stationOk ? station.id : null, ignored };
}

export async function listStaffQueue(actor: Actor, filters: QueueFilters, now = new Date()): Promise<QueuePage> {
  const scope = suggestionScope(actor); // throws for a role that may read no suggestions
  const [places, cal, yellowWorkingDays] = await Promise.all([
    resolvePlaces(actor, filters),
    loadWorkCalendar(),
    getSetting("yellowLightWorkingDays", 3),
  ]);
  const cursor = decodeCursor(filters.after);
  const statuses = stageStatuses(filters.stage);
  const lights = yellowWindow(now, yellowWorkingDays, cal);
  // A light is a range of deadlines (red < now <= yellow < until <= green), so deadline order is light order.
  const byLight = filters.sort === "light";
  const search = filters.q ? readSearch(filters.q) : null;
  if (search?.kind === "code") {
    const hit = await db.suggestion.findFirst({
      where: { AND: [scope, { trackingCode: search.code }] },
      select: { id: true },
    });
    if (hit) {
      const applied = { ...filters, region: undefined, station: undefined };
      return {
        rows: [],
        next: null,
        filters: applied,
        ignored: places.ignored,
        yellowWorkingDays,
        exactId: hit.id,
        searchTooBroad: false,
      };
    }
  }
  // A phone nobody has matches nothing (proposerId -1 never exists), without telling the two cases apart by timing.
  const proposerId = search?.kind === "phone" ? ((await proposerByPhone(actor, search.phone)) ?? -1) : null;

  const where: Prisma.SuggestionWhereInput = {
    AND: [
      scope,
      { status: statuses.length === 1 ? statuses[0] : { in: [...statuses] } },
      places.regionPath ? { region: { path: { startsWith: places.regionPath } } } : {},
      places.stationId ? { stationId: places.stationId } : {},
      filters.category ? { categoryId: filters.category } : {},
      filters.source ? { source: filters.source } : {},
      filters.kind ? { kind: filters.kind } : {},
      filters.from ? { submittedAt: { gte: startOfShanghaiDay(filters.from) } } : {},
      filters.to ? { submittedAt: { lte: endOfShanghaiDay(filters.to) } } : {},
      filters.due === "overdue" ? { dueAt: { lt: now } } : {},
      filters.due === "soon" ? { dueAt: { gte: lights.from, lt: lights.until } } : {},
      filters.due === "ontime" ? { dueAt: { gte: lights.until } } : {},
      byLight ? { dueAt: { not: null } } : {},
      proposerId != null ? { proposerId } : {},
      search && search.kind !== "phone" ? wordsWhere(search.words) : {},
      cursor ? (byLight ? seekAfter("dueAt", cursor, "asc") : seekAfter("submittedAt", cursor, "desc")) : {},
    ],
  };

  const words = search && search.kind !== "phone" ? search.words : [];
  const found = byLight
    ? await soonestDeadlines(where)
    : await newestMatches(where, filters, words).catch((err: unknown) => {
        if (err === SEARCH_TOO_BROAD) return null;
        throw err;
      });
  if (found === null) {
    return {
      rows: [],
      next: null,
      filters,
      ignored: places.ignored,
      yellowWorkingDays,
      exactId: null,
      searchTooBroad: true,
    };
  }
  const page = toPage(found, QUEUE_PAGE_SIZE, (r) => ({ at: byLight ? r.dueAt! : r.submittedAt, id: r.id }));
  const rows = page.rows.map(({ category, station, region, ...r }) => ({
    ...r,
    categoryName: category.name,
    placeName: station?.name ?? region.name,
    light: r.dueAt && !FINAL_STATUSES.includes(r.status) ? lightIn(lights, r.dueAt) : null,
  }));
  const applied: QueueFilters = {
    ...filters,
    region: places.regionPath ? filters.region : undefined,
    station: places.stationId ?? undefined,
  };
  return {
    rows,
    next: page.next,
    filters: applied,
    ignored: places.ignored,
    yellowWorkingDays,
    exactId: null,
    searchTooBroad: false,
  };
}

// How long a walk may take before a selective filter switches to collecting: a walk that finds its 51 rows
// takes a few milliseconds, one that reads the whole table takes seconds.
const WALK_BUDGET_MS = 100;
// One- and two-character words have no trigram to collect by: the walk is their only plan, so it may run longer
// before the search is called too broad (decision 0070).
const SHORT_WORDS_BUDGET_MS = 1_000;
// Wait for a connection as long as a plain query would (lib/db.ts), not Prisma's 2 s default for transactions.
const TX_OPTIONS = { maxWait: 5_000, timeout: 15_000 };

const QUEUE_SELECT = {
  id: true,
  trackingCode: true,
  title: true,
  status: true,
  source: true,
  kind: true,
  submittedAt: true,
  dueAt: true,
  category: { select: { name: true } },
  station: { select: { name: true } },
  region: { select: { name: true } },
} satisfies Prisma.SuggestionSelect;

type FindArgs = {
  where: Prisma.SuggestionWhereInput;
  orderBy: Prisma.SuggestionOrderByWithRelationInput[];
  take: number;
  select: typeof QUEUE_SELECT;
};

const SEARCH_TOO_BROAD = Symbol("searchTooBroad");

/**
 * The newest `take` matches. Plain filters use indexes the planner reads well: one walk. Deadline, source, kind
 * and word filters walk within a time budget and collect when it runs out (rare matches); overdue items are old
 * by definition, so that filter collects at once. Either plan returns the same rows. Words of one or two
 * characters have no trigram to collect by (a scan of every text): when their walk runs out, the search is
 * refused as too broad instead (decision 0070).
 */
async function newestMatches(where: Prisma.SuggestionWhereInput, filters: QueueFilters, words: string[]) {
  const args: FindArgs = {
    where,
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: QUEUE_PAGE_SIZE + 1,
    select: QUEUE_SELECT,
  };
  const selective =
    filters.due !== undefined || filters.source !== undefined || filters.kind !== undefined || words.length > 0;
  if (!selective) return db.suggestion.findMany(args);
  if (filters.due !== "overdue") {
    try {
      return await db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('statement_timeout', ${String(onlyShortWords(words) ? SHORT_WORDS_BUDGET_MS : WALK_BUDGET_MS)}, true)`;
        return tx.suggestion.findMany(args);
      }, TX_OPTIONS);
    } catch (err) {
      if (!isStatementTimeout(err)) throw err;
      if (onlyShortWords(words)) throw SEARCH_TOO_BROAD;
    }
  }
  return collect(args);
}

/** Deadline order straight down the (status, dueAt) and (regionId, status, dueAt) indexes: red first. */
function soonestDeadlines(where: Prisma.SuggestionWhereInput) {
  return db.suggestion.findMany({
    where,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: QUEUE_PAGE_SIZE + 1,
    select: QUEUE_SELECT,
  });
}

/**
 * The "collect" plan. Without incremental sort no index yields (submittedAt DESC, id DESC) order, so the planner
 * cannot start a walk and finds the matches through the region, stage and deadline indexes instead, then sorts.
 */
function collect(args: FindArgs) {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_incremental_sort = off`;
    return tx.suggestion.findMany(args);
  }, TX_OPTIONS);
}
