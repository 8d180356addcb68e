// One breakdown of the figures (by area, category or lead unit): a row per value, every count a link to its list.
// The header is React; the body rows go to BreakdownBody as compact lines (breakdown-rows.ts explains why).
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { BreakdownRow } from "@/lib/insight/dashboard";
import type { Slice } from "@/lib/insight/filters";
import { rate } from "@/lib/insight/measures";
import { BreakdownBody } from "./breakdown-body";
import { BREAKDOWN_COUNTS, BREAKDOWN_RATES, type BreakdownLine } from "./breakdown-rows";
import { sliceItemsHref, type InsightArea, type SliceOverride } from "./paths";

export async function BreakdownTable({
  area,
  slice,
  title,
  rows,
  over,
  limit = 50,
}: {
  area: InsightArea;
  slice: Slice;
  title: string;
  rows: BreakdownRow[];
  /** The slice narrowing of a row, for its links. */
  over: (row: BreakdownRow) => SliceOverride;
  limit?: number;
}) {
  const t = await getTranslations("insight");
  if (rows.length === 0) return null;
  const lines: BreakdownLine[] = rows.slice(0, limit).map((r) => ({
    name: r.name || t("thisLevel"),
    href: sliceItemsHref(area, slice, over(r)), // the measure is added per cell, as itemsHref does
    counts: BREAKDOWN_COUNTS.map((c) => r.figures[c]),
    rates: BREAKDOWN_RATES.map((k) => rate(r.figures, k)),
  }));
  return (
    <Card title={title}>
      <ScrollRegion label={title}>
        {/* Cell styles set once on the table: a breakdown has hundreds of cells (decision 0023). */}
        {/* 680 px fits the card at 1366 px and wider (the area's column is about 730 px); the headers wrap. */}
        <table className="w-full min-w-[680px] text-left text-sm [&_td]:py-1.5 [&_td]:pr-1.5 [&_td]:text-right [&_td]:tabular-nums [&_th]:align-bottom">
          <caption className="sr-only">{title}</caption>
          <thead className="text-muted">
            <tr>
              <th scope="col" className="py-1 pr-2 font-normal">
                {t("name")}
              </th>
              {BREAKDOWN_COUNTS.map((c) => (
                <th key={c} scope="col" className="py-1 pr-1.5 text-right font-normal">
                  {t(`measure.${c}`)}
                </th>
              ))}
              {BREAKDOWN_RATES.map((k) => (
                <th key={k} scope="col" className="py-1 pr-1.5 text-right font-normal">
                  {t(`rates.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <BreakdownBody lines={lines} />
        </table>
      </ScrollRegion>
      {rows.length > limit && (
        <p className="mt-2 text-sm text-muted">{t("rowsLimited", { shown: limit, total: rows.length })}</p>
      )}
    </Card>
  );
}
