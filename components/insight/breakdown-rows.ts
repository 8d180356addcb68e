// The body rows of a breakdown table as one HTML string. A dashboard's three breakdowns hold some 250 numbers,
// each a link to its list; as React elements each cell is rendered to HTML and also serialized into the page's
// RSC payload, and that was a third of a dashboard's server time (docs/performance.md, decision 0023). As a
// string the rows cost a few string joins. Every value goes through escapeHtml; names come from the database.
import type { BreakdownRow } from "@/lib/insight/dashboard";
import { rate, type MeasureKey, type RateKey } from "@/lib/insight/measures";
import { escapeHtml } from "@/lib/html/escape";
import { percent } from "./figure-link";

export const BREAKDOWN_COUNTS: MeasureKey[] = ["received", "assigned", "replied", "onTime", "solved", "faceToFace", "satisfied", "basicallySatisfied", "overdue"];
export const BREAKDOWN_RATES: RateKey[] = ["onTimeRate", "solvedRate", "satisfiedRate"];
const ALERT: ReadonlySet<MeasureKey> = new Set(["overdue"]);
const numbers = new Intl.NumberFormat("zh-CN");

/**
 * One <tr> per row: its name as the row header, then each count as a link (styled like FigureLink: .figure-link,
 * red through data-alert), then the rates. The links need no label of their own: the row and column headers
 * are their context (WCAG 2.4.4).
 */
export function breakdownRowsHtml(rows: BreakdownRow[], opts: { href: (row: BreakdownRow, measure: MeasureKey) => string; selfName: string }): string {
  return rows
    .map((r) => {
      const cells = BREAKDOWN_COUNTS.map((c) => {
        const n = r.figures[c];
        const alert = ALERT.has(c) && n > 0 ? ' data-alert="true"' : "";
        return `<td><a href="${escapeHtml(opts.href(r, c))}" class="figure-link"${alert}>${escapeHtml(numbers.format(n))}</a></td>`;
      });
      const rates = BREAKDOWN_RATES.map((k) => `<td>${escapeHtml(percent(rate(r.figures, k)))}</td>`);
      return `<tr class="border-t border-line"><th scope="row" class="py-1.5 pr-2 font-medium">${escapeHtml(r.name || opts.selfName)}</th>${cells.join("")}${rates.join("")}</tr>`;
    })
    .join("");
}
