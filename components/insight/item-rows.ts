// The rows of the list behind a figure as one HTML string, from compact row data: fifty rows of eight cells as
// server-rendered React elements were rendered to HTML and serialized a second time into the page's RSC payload,
// as the dashboard's breakdown rows were (breakdown-rows.ts, decision 0023). Here each row goes to the page as its
// texts, already translated and formatted on the server, and becomes HTML by string joins: on the server for the
// first paint, and again, identically, when the page hydrates (ItemsBody).
// No runtime imports from the server side: this runs in the browser too. Every value goes through escapeHtml.
import css from "@/components/suggestions/work-list.module.css";
import { escapeHtml } from "@/lib/html/escape";

/** One item as shown: `status` is its code (for the stage colour), `statusLabel` what a reader sees. */
export type ItemLine = {
  code: string;
  href: string;
  title: string;
  category: string;
  source: string;
  place: string;
  unit: string;
  status: string;
  statusLabel: string;
  submitted: string;
  replied: string;
  /** "due on …" under the reply date, when the item has a reply deadline */
  due: string | null;
};

const td = (className: string | undefined, html: string) => `<td class="${className}">${html}</td>`;
const sub = (text: string) => `<span class="${css.sub}">${escapeHtml(text)}</span>`;

export function itemRowsHtml(lines: ItemLine[]): string {
  const dated = `${css.meta} ${css.nowrap}`;
  return lines
    .map(
      (l) =>
        "<tr>" +
        td(css.code, escapeHtml(l.code)) +
        td(css.title, `<a href="${escapeHtml(l.href)}">${escapeHtml(l.title)}</a>`) +
        td(css.meta, escapeHtml(l.category) + sub(l.source)) +
        td(css.meta, escapeHtml(l.place)) +
        td(css.meta, escapeHtml(l.unit)) +
        `<td class="${css.stage}" data-status="${escapeHtml(l.status)}">${escapeHtml(l.statusLabel)}</td>` +
        td(dated, escapeHtml(l.submitted)) +
        td(dated, escapeHtml(l.replied) + (l.due ? sub(l.due) : "")) +
        "</tr>",
    )
    .join("");
}
