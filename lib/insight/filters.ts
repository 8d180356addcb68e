// The slice a dashboard, list or export looks at: a period (submitted between two Asia/Shanghai dates) and
// optional region, station, lead unit, category, source and deputy. Read from the query string like the work
// lists (lib/http/search-params.ts), and always narrowed to the actor's region (S1): a region or station outside
// it is dropped and reported, never widened.
import { z } from "zod";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { addDays, shanghaiDateOf, type CivilDate } from "../calendar/civil-date.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { SuggestionSource } from "../generated/prisma/enums.ts";
import { civilDateParam, idParam, parseSearchParams, type RawSearchParams } from "../http/search-params.ts";
import { MEASURE_KEYS } from "./measures.ts";

export const sliceSchema = z.strictObject({
  from: civilDateParam.optional(),
  to: civilDateParam.optional(),
  /** A region id: the region and everything under it; with exact=1 the region itself only. */
  region: idParam.optional(),
  exact: z.literal("1").optional(),
  station: idParam.optional(),
  /** The first round's lead unit. */
  unit: idParam.optional(),
  category: idParam.optional(),
  source: z.enum(SuggestionSource).optional(),
  /** The deputy who raised it. */
  deputy: idParam.optional(),
});
export type SliceParams = z.output<typeof sliceSchema>;

export const itemsSchema = sliceSchema.extend({
  measure: z.enum(MEASURE_KEYS).optional(),
  after: z.string().max(40).optional(),
});
export type ItemsParams = z.output<typeof itemsSchema>;

/** The slice part of a list's parameters (without the measure and the cursor). */
export function sliceParamsOf(p: ItemsParams): SliceParams {
  return {
    from: p.from,
    to: p.to,
    region: p.region,
    exact: p.exact,
    station: p.station,
    unit: p.unit,
    category: p.category,
    source: p.source,
    deputy: p.deputy,
  };
}

export const parseSlice = (raw: RawSearchParams) => parseSearchParams(sliceSchema, raw);
export const parseItems = (raw: RawSearchParams) => parseSearchParams(itemsSchema, raw);

/** A slice checked against the actor's scope, with its period filled in. */
export type Slice = Omit<SliceParams, "from" | "to"> & {
  from: CivilDate;
  to: CivilDate;
  /** The region subtree every row must lie in: the chosen region's, or the actor's own. */
  regionPath: string;
  regionExactId: number | null;
};

/** Default period: 1 January of the current year (Asia/Shanghai) to today. */
export function defaultPeriod(now: Date): { from: CivilDate; to: CivilDate } {
  const today = shanghaiDateOf(now);
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

export async function resolveSlice(
  actor: Actor,
  params: SliceParams,
  now = new Date(),
): Promise<{ slice: Slice; ignored: string[] }> {
  if (!can(actor, "dashboard.read", { regionPath: actor.regionPath }) || !actor.regionPath)
    throw new AppError("forbidden");
  const ignored: string[] = [];
  const [region, station] = await Promise.all([
    params.region ? db.region.findUnique({ where: { id: params.region }, select: { id: true, path: true } }) : null,
    params.station
      ? db.station.findUnique({
          where: { id: params.station },
          select: { id: true, region: { select: { path: true } } },
        })
      : null,
  ]);
  let regionPath = actor.regionPath;
  let regionId: number | undefined;
  if (params.region) {
    if (region && can(actor, "dashboard.read", { regionPath: region.path })) {
      regionPath = region.path;
      regionId = region.id;
    } else ignored.push("region");
  }
  const stationOk = station != null && station.region.path.startsWith(regionPath);
  if (params.station && !stationOk) ignored.push("station");
  const period = defaultPeriod(now);
  let from = params.from ?? period.from;
  let to = params.to ?? period.to;
  if (from > to) [from, to] = [to, from];
  return {
    slice: {
      ...params,
      from,
      to,
      region: regionId,
      exact: regionId && params.exact ? "1" : undefined,
      station: stationOk ? station.id : undefined,
      regionPath,
      regionExactId: regionId && params.exact ? regionId : null,
    },
    ignored,
  };
}

/** The WHERE conditions of a slice on "InsightFact" f. */
export function sliceWhere(slice: Slice): Prisma.Sql {
  return Prisma.sql`${sliceConditions(slice)} AND f."submittedOn" BETWEEN ${slice.from}::date AND ${slice.to}::date`;
}

/** The same without the period, for the monthly sums (which have region, category and lead unit) and edge days. */
export function sliceConditions(slice: Slice): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`f."regionPath" LIKE ${escapeLike(slice.regionPath) + "%"}`];
  if (slice.regionExactId) parts.push(Prisma.sql`f."regionId" = ${slice.regionExactId}`);
  if (slice.station) parts.push(Prisma.sql`f."stationId" = ${slice.station}`);
  if (slice.unit) parts.push(Prisma.sql`f."leadUnitId" = ${slice.unit}`);
  if (slice.category) parts.push(Prisma.sql`f."categoryId" = ${slice.category}`);
  if (slice.source) parts.push(Prisma.sql`f.source::text = ${slice.source}`);
  if (slice.deputy) parts.push(Prisma.sql`f."deputyId" = ${slice.deputy}`);
  return Prisma.join(parts, " AND ");
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The query-string values of a slice (for links and the export), leaving out what is default. */
export function sliceQuery(slice: Slice): Record<string, string | number | undefined> {
  return {
    from: slice.from,
    to: slice.to,
    region: slice.region,
    exact: slice.exact,
    station: slice.station,
    unit: slice.unit,
    category: slice.category,
    source: slice.source,
    deputy: slice.deputy,
  };
}

/** The last day of the month containing `date`, for the monthly report. */
export function monthBounds(month: string): { from: CivilDate; to: CivilDate } {
  const from = `${month}-01`;
  const next =
    month.slice(5) === "12"
      ? `${Number(month.slice(0, 4)) + 1}-01-01`
      : `${month.slice(0, 5)}${String(Number(month.slice(5)) + 1).padStart(2, "0")}-01`;
  return { from, to: addDays(next, -1) };
}
