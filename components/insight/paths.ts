// Where the insight pages live in each area that has them, and the links between them: every figure is a link
// to the list behind it, with the slice it was counted in.
import type { Slice } from "@/lib/insight/filters";
import { sliceQuery } from "@/lib/insight/filters";
import type { MeasureKey } from "@/lib/insight/measures";
import { toQueryString } from "@/lib/http/search-params";
import { withMeasure } from "./breakdown-rows";

export type InsightArea = "leader" | "staff";

export const INSIGHT_PATHS = {
  leader: { dashboard: "/leader", items: "/leader/items", report: "/leader/report", detail: "/leader/suggestions" },
  staff: {
    dashboard: "/staff/dashboard",
    items: "/staff/dashboard/items",
    report: "/staff/dashboard/report",
    detail: "/staff/suggestions",
  },
} as const satisfies Record<InsightArea, Record<string, string>>;

export type SliceOverride = Partial<
  Pick<Slice, "region" | "exact" | "station" | "unit" | "category" | "source" | "deputy">
>;

export function itemsHref(area: InsightArea, slice: Slice, measure: MeasureKey, over: SliceOverride = {}): string {
  return withMeasure(sliceItemsHref(area, slice, over), measure);
}

/** The list of a slice (narrowed by `over`) without a measure yet: a breakdown row's links share it. */
export function sliceItemsHref(area: InsightArea, slice: Slice, over: SliceOverride = {}): string {
  return `${INSIGHT_PATHS[area].items}${toQueryString({ ...sliceQuery(slice), ...over })}`;
}

export function exportHref(slice: Slice, what: { measure: MeasureKey } | { table: "figures" }): string {
  return `/api/insight/export${toQueryString({ ...sliceQuery(slice), ...what })}`;
}
