// A unit's assignments: one table, drawn as cards on phones and narrow windows (work-list.module.css).
// No proposer data at all: confidential items (Suggestion.confidential) need nothing hidden here.
// The rows go to the page as compact lines written out by a small client component (work-rows.ts says why).
import { getFormatter, getTranslations } from "next-intl/server";
import type { AssignmentRow } from "@/lib/suggestions/unit-assignments";
import { AssignmentBody } from "./work-rows-body";
import type { AssignmentLine } from "./work-rows";
import css from "./work-list.module.css";

const dateOnly = { year: "numeric", month: "2-digit", day: "2-digit" } as const;

export async function AssignmentList({ rows }: { rows: AssignmentRow[] }) {
  const [t, tq, trole, tstatus, tl, format] = await Promise.all([
    getTranslations("queue.unit"),
    getTranslations("queue"),
    getTranslations("assignmentRole"),
    getTranslations("assignmentStatus"),
    getTranslations("light"),
    getFormatter(),
  ]);
  const lines = rows.map((r): AssignmentLine => ({
    code: r.trackingCode,
    href: `/unit/suggestions/${r.suggestionId}`,
    title: r.title,
    role: trole(r.role),
    round: r.round > 1 ? t("round", { round: r.round }) : null,
    status: r.status,
    statusLabel: tstatus(r.status),
    due: format.dateTime(r.dueAt, dateOnly),
    light: r.light ? { light: r.light, label: tl(r.light) } : null,
  }));
  return (
    <table className={css.list}>
      <caption className="sr-only">{t("listLabel")}</caption>
      <thead>
        <tr>
          <th scope="col">{tq("colCode")}</th>
          <th scope="col">{tq("colTitle")}</th>
          <th scope="col">{t("colRole")}</th>
          <th scope="col">{t("colStatus")}</th>
          <th scope="col">{t("colDue")}</th>
        </tr>
      </thead>
      <AssignmentBody lines={lines} />
    </table>
  );
}
