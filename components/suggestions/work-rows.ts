// The rows of the staff queue and of a unit's assignments as one HTML string, from compact row data. As React
// elements from a server component, fifty rows were rendered to HTML and serialized a second time into the
// page's RSC payload with every class name and attribute (the queue page: 101K of its 152K characters were the
// payload). Here each row goes to the page once as its texts, already translated and formatted on the server, and
// becomes HTML by string joins: on the server for the first paint and, identically, when the page hydrates
// (WorkRowsBody). The same approach as the list behind a figure (components/insight/item-rows.ts).
// No runtime imports from the server side: this runs in the browser too. Every value goes through escapeHtml.
import type { Light } from "@/lib/calendar/due-dates";
import { escapeHtml } from "@/lib/html/escape";
import { lightBadgeClass, lightDotClass, lightTones } from "./light-tones";
import css from "./work-list.module.css";

/** A deadline light as shown: its colour and its name in words. */
export type LightLine = { light: Light; label: string };

/** One item of the staff queue. `status` is its code (for the stage colour), `statusLabel` what a reader sees;
 *  `due` the line under the light ("due on …"), or the "no deadline" words when `light` is null. */
export type QueueLine = {
  code: string;
  href: string;
  title: string;
  category: string;
  source: string;
  place: string;
  status: string;
  statusLabel: string;
  submitted: string;
  light: LightLine | null;
  due: string;
  /** A tick box for batch steps (集中交办): the id it sends, its accessible name, the form it belongs to. */
  pick?: { id: number; label: string; form: string };
};

/** One assignment of a unit. `round` is the "round n" words, or null for the first round. */
export type AssignmentLine = {
  code: string;
  href: string;
  title: string;
  role: string;
  round: string | null;
  status: string;
  statusLabel: string;
  due: string;
  light: LightLine | null;
};

const td = (className: string | undefined, html: string) => `<td class="${className}">${html}</td>`;
const sub = (text: string) => `<span class="${css.sub}">${escapeHtml(text)}</span>`;
const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
const stage = (status: string, label: string) =>
  `<td class="${css.stage}" data-status="${escapeHtml(status)}">${escapeHtml(label)}</td>`;

/** The markup of components/suggestions/light-badge.tsx (without a detail). */
export function lightBadgeHtml({ light, label }: LightLine): string {
  const tone = lightTones[light];
  return (
    `<span data-light="${escapeHtml(light)}" class="${lightBadgeClass} ${tone.badge}">` +
    `<span aria-hidden="true" class="${lightDotClass} ${tone.dot}"></span>` +
    `<span class="font-medium">${escapeHtml(label)}</span></span>`
  );
}

/** A real checkbox with a 44 px label around it (a finger-sized target); it posts with the batch form. */
const pickHtml = (p: NonNullable<QueueLine["pick"]>) =>
  `<label class="${css.pickTarget}"><input type="checkbox" name="id" value="${p.id}" form="${escapeHtml(p.form)}" ` +
  `aria-label="${escapeHtml(p.label)}" class="size-5"></label>`;

export function queueRowsHtml(lines: QueueLine[]): string {
  return lines
    .map(
      (l) =>
        "<tr>" +
        (l.pick ? td(css.pick, pickHtml(l.pick)) : "") +
        td(css.code, escapeHtml(l.code)) +
        td(css.title, link(l.href, l.title)) +
        td(css.meta, escapeHtml(l.category) + sub(l.source)) +
        td(css.meta, escapeHtml(l.place)) +
        stage(l.status, l.statusLabel) +
        td(`${css.meta} ${css.nowrap}`, escapeHtml(l.submitted)) +
        td(css.due, (l.light ? lightBadgeHtml(l.light) : "") + sub(l.due)) +
        "</tr>",
    )
    .join("");
}

export function assignmentRowsHtml(lines: AssignmentLine[]): string {
  return lines
    .map(
      (l) =>
        "<tr>" +
        td(css.code, escapeHtml(l.code)) +
        td(css.title, link(l.href, l.title)) +
        td(`${css.meta} ${css.nowrap}`, escapeHtml(l.role) + (l.round ? sub(l.round) : "")) +
        stage(l.status, l.statusLabel) +
        td(
          css.due,
          `<span class="tabular-nums">${escapeHtml(l.due)}</span> ` + (l.light ? lightBadgeHtml(l.light) : ""),
        ) +
        "</tr>",
    )
    .join("");
}
