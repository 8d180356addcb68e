// Every figure the dashboards, the monthly report and /stats show, defined once. Each measure is a condition on
// one row of "InsightFact" (one row per suggestion, see the migration 20261122133023_insight_fact), so the
// number is `count(*) FILTER (WHERE condition)` and the list behind it is `WHERE condition`: the same rows by
// construction. docs/domain-model.md ("Measures") says the same in words; tests/integration/insight-measures
// checks each against a hand-built data set.
import { Prisma } from "../generated/prisma/client.ts";
import type { SuggestionStatus } from "../generated/prisma/enums.ts";
import { FINAL_STATUSES, ALL_STATUSES } from "../suggestions/workflow.ts";

const OPEN: readonly SuggestionStatus[] = ALL_STATUSES.filter((s) => !FINAL_STATUSES.includes(s));
/** The open stages as SQL literals (enum names: letters and underscores only). */
const OPEN_LIST = OPEN.map((s) => `'${s.replace(/[^A-Z_]/g, "")}'`).join(", ");
/** Still moving (not closed, declined or merged), written so the planner can use the partial index on open items. */
export const OPEN_CONDITION = Prisma.sql`f.status IN (${Prisma.raw(OPEN_LIST)})`;

export const MEASURE_KEYS = [
  "received",
  "assigned",
  "replied",
  "onTime",
  "late",
  "solved",
  "faceToFace",
  "evaluated",
  "satisfied",
  "basicallySatisfied",
  "unsatisfied",
  "ratedByPhone",
  "satisfiedByPhone",
  "basicallySatisfiedByPhone",
  "classA",
  "classB",
  "classC",
  "classD",
  "overdue",
] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

/**
 * "Now" for the figures, to the minute: the dashboard, the list behind a number and its export all compare
 * deadlines with the same instant, so an item falling due this very minute is on both or neither.
 */
export function figuresNow(at = Date.now()): Date {
  return new Date(Math.floor(at / 60_000) * 60_000);
}

/** The condition for each measure on an "InsightFact" row aliased `f`; `now` only matters for "overdue". */
export function measureCondition(key: MeasureKey, now: Date): Prisma.Sql {
  switch (key) {
    // Submitted in the period (the period always filters submittedOn).
    case "received":
      return Prisma.sql`true`;
    // Sent to a handling unit at least once (交办).
    case "assigned":
      return Prisma.sql`f."assignedAt" IS NOT NULL`;
    // A unit has written a reply (the first reply counts, whether or not staff have passed it on yet).
    case "replied":
      return Prisma.sql`f."firstReplyAt" IS NOT NULL`;
    // First reply no later than the first round's lead deadline (extensions granted move that deadline).
    case "onTime":
      return Prisma.sql`f."firstReplyAt" IS NOT NULL AND f."firstReplyAt" <= f."replyDueAt"`;
    case "late":
      return Prisma.sql`f."firstReplyAt" IS NOT NULL AND (f."replyDueAt" IS NULL OR f."firstReplyAt" > f."replyDueAt")`;
    // 办结: assigned and now closed (rated, unrated after the window, or solved on follow-up).
    case "solved":
      return Prisma.sql`f."assignedAt" IS NOT NULL AND f.status = 'CLOSED'`;
    // 面复: replied, and a face-to-face contact with the proposer was recorded before the first reply.
    case "faceToFace":
      return Prisma.sql`f."firstReplyAt" IS NOT NULL AND f."faceToFace"`;
    // Rated by the proposer (the latest round's rating counts).
    case "evaluated":
      return Prisma.sql`f.evaluation IS NOT NULL`;
    case "satisfied":
      return Prisma.sql`f.evaluation = 'SATISFIED'`;
    case "basicallySatisfied":
      return Prisma.sql`f.evaluation = 'BASICALLY_SATISFIED'`;
    case "unsatisfied":
      return Prisma.sql`f.evaluation = 'UNSATISFIED'`;
    // Of those ratings, the ones staff took by phone (回访) for a proposer who could not rate online: shown beside
    // every satisfaction figure so a rate made of staff-recorded answers is visible as such (decision 0071).
    case "ratedByPhone":
      return Prisma.sql`f.evaluation IS NOT NULL AND f."ratedByPhone"`;
    case "satisfiedByPhone":
      return Prisma.sql`f.evaluation = 'SATISFIED' AND f."ratedByPhone"`;
    case "basicallySatisfiedByPhone":
      return Prisma.sql`f.evaluation = 'BASICALLY_SATISFIED' AND f."ratedByPhone"`;
    // The class of the reply passed on to the proposer (答复类别).
    case "classA":
      return Prisma.sql`f."replyClass" = 'A'`;
    case "classB":
      return Prisma.sql`f."replyClass" = 'B'`;
    case "classC":
      return Prisma.sql`f."replyClass" = 'C'`;
    case "classD":
      return Prisma.sql`f."replyClass" = 'D'`;
    // Still moving and past its current stage's deadline (the red light), as of `now`.
    // (The stages are written as literals so the planner can use the partial index on open items' deadlines.)
    case "overdue":
      return Prisma.sql`${OPEN_CONDITION} AND f."dueAt" < ${now}`;
  }
}

/** Rates: numerator over denominator, both measures, so a rate's two numbers are links too. */
export const RATES = {
  onTimeRate: { of: "onTime", per: "replied" },
  solvedRate: { of: "solved", per: "assigned" },
  faceToFaceRate: { of: "faceToFace", per: "replied" },
  satisfiedRate: { of: "satisfied", per: "evaluated" },
  basicallySatisfiedRate: { of: "basicallySatisfied", per: "evaluated" },
} as const satisfies Record<string, { of: MeasureKey; per: MeasureKey }>;
export type RateKey = keyof typeof RATES;

export type Counts = Record<MeasureKey, number>;

/** A rate as a fraction (0..1), or null when the denominator is zero (shown as "—", never as 0 % or 100 %). */
export function rate(counts: Counts, key: RateKey): number | null {
  const { of, per } = RATES[key];
  return counts[per] === 0 ? null : counts[of] / counts[per];
}

/** Calendar seconds from assignment to the first reply, over replied items that were assigned: what the average is taken over. */
const REPLY_TIMED = Prisma.sql`f."firstReplyAt" IS NOT NULL AND f."assignedAt" IS NOT NULL`;
const REPLY_SECONDS = Prisma.sql`extract(epoch FROM f."firstReplyAt" - f."assignedAt")`;

/** A count per measure as of `now`, each named by its measure. */
function measureCounts(now: Date): Prisma.Sql[] {
  return MEASURE_KEYS.map(
    (k) => Prisma.sql`count(*) FILTER (WHERE ${measureCondition(k, now)})::int AS ${Prisma.raw(`"${k}"`)}`,
  );
}

/** Average days to reply from its parts (seconds in all, replies timed), one decimal; null when none was timed. */
export function avgDaysToReply(seconds: Prisma.Sql, timed: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`round((${seconds} / NULLIF(${timed}, 0) / 86400)::numeric, 1)::float8 AS "avgDaysToReply"`;
}

/** The SELECT list that counts every measure and the average days to reply, for the rows in FROM. */
export function countsSelect(now: Date): Prisma.Sql {
  const avg = avgDaysToReply(
    Prisma.sql`sum(${REPLY_SECONDS}) FILTER (WHERE ${REPLY_TIMED})`,
    Prisma.sql`count(*) FILTER (WHERE ${REPLY_TIMED})`,
  );
  return Prisma.join([...measureCounts(now), avg], ", ");
}

/**
 * Per group of fact rows: a count per measure as of `now`, and the sum and number of reply times (so averages can
 * be added up across months and days). The monthly sums ("InsightMonthly", lib/insight/refresh.ts) are this
 * select at the refresh's time; the dashboards add up sums and fact rows alike (lib/insight/dashboard.ts).
 */
export function summableSelect(now: Date): Prisma.Sql {
  return Prisma.join(
    [
      ...measureCounts(now),
      Prisma.sql`COALESCE(sum(${REPLY_SECONDS}) FILTER (WHERE ${REPLY_TIMED}), 0)::float8 AS "replySeconds"`,
      Prisma.sql`count(*) FILTER (WHERE ${REPLY_TIMED})::int AS "replyTimed"`,
    ],
    ", ",
  );
}

/** The columns summableSelect() writes, in its order. */
export const SUMMABLE_COLUMNS = [...MEASURE_KEYS, "replySeconds", "replyTimed"] as const;

/** Those columns of rows aliased `alias` added up, each under its own name (sums of sums, or of parts). */
export function summedColumns(alias: string): Prisma.Sql {
  return Prisma.raw(SUMMABLE_COLUMNS.map((k) => `sum(${alias}."${k}") AS "${k}"`).join(", "));
}

export type Figures = Counts & { avgDaysToReply: number | null };

export function emptyFigures(): Figures {
  return { ...(Object.fromEntries(MEASURE_KEYS.map((k) => [k, 0])) as Counts), avgDaysToReply: null };
}
