// The body rows of a breakdown table as one HTML string, from compact row data. A dashboard's three breakdowns
// hold some 250 numbers, each a link to its list. As server-rendered React elements every cell was rendered to
// HTML and serialized a second time into the page's RSC payload: a third of a dashboard's server time (decision
// 0023). Here the rows go to the page as a few numbers each (BreakdownBody, a client component) and become HTML
// by string joins, on the server for the first paint and again, identically, when the page hydrates.
// No runtime imports from the server side: this runs in the browser too. Every value goes through escapeHtml.
import type { MeasureKey, RateKey } from "@/lib/insight/measures";
import { escapeHtml } from "@/lib/html/escape";
import { percent } from "./figure-link";

export const BREAKDOWN_COUNTS: MeasureKey[] = [
  "received",
  "assigned",
  "replied",
  "onTime",
  "solved",
  "faceToFace",
  "satisfied",
  "basicallySatisfied",
  // Of the ratings, those staff recorded from a phone call (回访), beside the satisfaction they are part of.
  "ratedByPhone",
  "overdue",
];
export const BREAKDOWN_RATES: RateKey[] = ["onTimeRate", "solvedRate", "satisfiedRate"];
const ALERT = new Set<MeasureKey>(["overdue"]);
const numbers = new Intl.NumberFormat("zh-CN");

/** A slice's list link with the measure added (paths.ts itemsHref builds every figure's link this way). */
export function withMeasure(href: string, measure: MeasureKey): string {
  return `${href}${href.includes("?") ? "&" : "?"}measure=${measure}`;
}

/** One row: its name, its list link without the measure, and its counts and rates in the orders above. */
export type BreakdownLine = { name: string; href: string; counts: number[]; rates: (number | null)[] };

/**
 * One <tr> per row: its name as the row header, then each count as a link to its list (styled like FigureLink:
 * .figure-link, red through data-alert), then the rates. The links need no label of their own: the row and
 * column headers are their context (WCAG 2.4.4).
 */
export function breakdownRowsHtml(lines: BreakdownLine[]): string {
  return lines
    .map((l) => {
      const cells = BREAKDOWN_COUNTS.map((c, i) => {
        const n = l.counts[i] ?? 0;
        const alert = ALERT.has(c) && n > 0 ? ' data-alert="true"' : "";
        return `<td><a href="${escapeHtml(withMeasure(l.href, c))}" class="figure-link"${alert}>${escapeHtml(numbers.format(n))}</a></td>`;
      });
      const rates = l.rates.map((r) => `<td>${escapeHtml(percent(r))}</td>`);
      return `<tr class="border-t border-line"><th scope="row" class="py-1.5 pr-2 font-medium">${escapeHtml(l.name)}</th>${cells.join("")}${rates.join("")}</tr>`;
    })
    .join("");
}
