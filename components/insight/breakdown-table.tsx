// One breakdown of the figures (by area, category or lead unit): a row per value, every count a link to its list.
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { BreakdownRow } from "@/lib/insight/dashboard";
import type { Slice } from "@/lib/insight/filters";
import { rate, type MeasureKey } from "@/lib/insight/measures";
import { FigureLink, percent } from "./figure-link";
import { itemsHref, type InsightArea, type SliceOverride } from "./paths";

const COLS: MeasureKey[] = ["received", "assigned", "replied", "onTime", "solved", "faceToFace", "satisfied", "basicallySatisfied", "overdue"];

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
  const shown = rows.slice(0, limit);
  return (
    <Card title={title}>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[760px] text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="text-muted">
            <tr>
              <th scope="col" className="py-1 pr-2 font-normal">{t("name")}</th>
              {COLS.map((c) => (
                <th key={c} scope="col" className="py-1 pr-2 text-right font-normal">{t(`measure.${c}`)}</th>
              ))}
              <th scope="col" className="py-1 pr-2 text-right font-normal">{t("rates.onTimeRate")}</th>
              <th scope="col" className="py-1 pr-2 text-right font-normal">{t("rates.solvedRate")}</th>
              <th scope="col" className="py-1 text-right font-normal">{t("rates.satisfiedRate")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id ?? "self"} className="border-t border-line">
                <th scope="row" className="py-1.5 pr-2 font-medium">{r.name || t("thisLevel")}</th>
                {COLS.map((c) => (
                  <td key={c} className="py-1.5 pr-2 text-right">
                    <FigureLink
                      href={itemsHref(area, slice, c, over(r))}
                      value={r.figures[c]}
                      alert={c === "overdue"}
                      label={t("openListOf", { name: r.name || t("thisLevel"), measure: t(`measure.${c}`), count: r.figures[c] })}
                    />
                  </td>
                ))}
                <td className="py-1.5 pr-2 text-right tabular-nums">{percent(rate(r.figures, "onTimeRate"))}</td>
                <td className="py-1.5 pr-2 text-right tabular-nums">{percent(rate(r.figures, "solvedRate"))}</td>
                <td className="py-1.5 text-right tabular-nums">{percent(rate(r.figures, "satisfiedRate"))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > limit && <p className="mt-2 text-sm text-muted">{t("rowsLimited", { shown: limit, total: rows.length })}</p>}
    </Card>
  );
}
