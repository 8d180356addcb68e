// The list behind a figure: the rows of "InsightFact" in the slice that meet the measure's condition, newest
// first, by keyset (lib/pagination/keyset.ts). The same where-clause as the count (measures.ts), so the list
// holds exactly the items counted. The export (app/api/insight/export) reads every page of it.
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { EvaluationResult, ReplyClass, SuggestionSource, SuggestionStatus } from "../generated/prisma/enums.ts";
import { decodeCursor, toPage, type Keyset } from "../pagination/keyset.ts";
import { figuresNow, measureCondition, type MeasureKey } from "./measures.ts";
import { sliceWhere, type Slice } from "./filters.ts";
import { snapshotCache } from "./snapshot.ts";

export const ITEMS_PAGE_SIZE = 50;

export type ItemRow = {
  id: number;
  trackingCode: string;
  title: string;
  status: SuggestionStatus;
  source: SuggestionSource;
  submittedAt: Date;
  categoryName: string;
  placeName: string;
  unitName: string | null;
  replyDueAt: Date | null;
  firstReplyAt: Date | null;
  replyClass: ReplyClass | null;
  evaluation: EvaluationResult | null;
  dueAt: Date | null;
};

async function fetchRows(
  slice: Slice,
  measure: MeasureKey,
  now: Date,
  after: Keyset | null,
  take: number,
): Promise<ItemRow[]> {
  const seek = after
    ? Prisma.sql`AND f."submittedAt" <= ${after.at} AND (f."submittedAt" < ${after.at} OR f.id < ${after.id})`
    : Prisma.empty;
  // status and the dates come from the fact row (the figures' snapshot), not the live item, so the list matches
  // the count even while items move; the item page shows the live state.
  // Two steps: the page's ids first (for "overdue" an index-only scan of the open items' index, which carries
  // every slice column and the sort key), then the columns to show for those rows only.
  return db.$queryRaw<ItemRow[]>`
    WITH page AS (
      SELECT f.id, f."submittedAt" FROM "InsightFact" f
      WHERE ${sliceWhere(slice)} AND ${measureCondition(measure, now)} ${seek}
      ORDER BY f."submittedAt" DESC, f.id DESC
      LIMIT ${take}
    )
    SELECT f.id, s."trackingCode", s.title, f.status, f.source, f."submittedAt",
           (SELECT name FROM "Category" WHERE id = f."categoryId") AS "categoryName",
           COALESCE((SELECT name FROM "Station" WHERE id = f."stationId"), (SELECT name FROM "Region" WHERE id = f."regionId")) AS "placeName",
           (SELECT name FROM "HandlingUnit" WHERE id = f."leadUnitId") AS "unitName",
           f."replyDueAt", f."firstReplyAt", f."replyClass", f.evaluation, f."dueAt"
    FROM page
    JOIN "InsightFact" f ON f.id = page.id
    JOIN "Suggestion" s ON s.id = f.id
    ORDER BY page."submittedAt" DESC, page.id DESC`;
}

// Paging through a list, or many people opening the list behind the same red number, counts it once (snapshot.ts
// says why that is exact). The page of rows is read every time.
const counts = snapshotCache<number>(1_000);

/** How many items are behind one figure: the count alone, without the other measures. */
export function countItems(slice: Slice, measure: MeasureKey, now = figuresNow()): Promise<number> {
  return counts.get([slice, measure], now, async () => {
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "InsightFact" f WHERE ${sliceWhere(slice)} AND ${measureCondition(measure, now)}`;
    return row.n;
  });
}

export async function listItems(slice: Slice, measure: MeasureKey, after?: string, now = figuresNow()) {
  const rows = await fetchRows(slice, measure, now, decodeCursor(after), ITEMS_PAGE_SIZE + 1);
  return toPage(rows, ITEMS_PAGE_SIZE, (r) => ({ at: r.submittedAt, id: r.id }));
}

/** Every row behind a figure, a batch at a time (for the export), stopping after `limit` rows. */
export async function* allItems(
  slice: Slice,
  measure: MeasureKey,
  limit: number,
  now = figuresNow(),
): AsyncGenerator<ItemRow> {
  let after: Keyset | null = null;
  let n = 0;
  for (;;) {
    const batch = await fetchRows(slice, measure, now, after, Math.min(2_000, limit - n));
    for (const row of batch) yield row;
    n += batch.length;
    if (batch.length === 0 || n >= limit || batch.length < 2_000) return;
    const last = batch[batch.length - 1];
    after = { at: last.submittedAt, id: last.id };
  }
}
