// A unit's assignments: one table, drawn as cards on phones and narrow windows (work-list.module.css).
// No proposer data at all: confidential items (Suggestion.confidential) need nothing hidden here.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AssignmentRow } from "@/lib/suggestions/unit-assignments";
import { LightBadge } from "./light-badge";
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
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td className={css.code}>{r.trackingCode}</td>
            <td className={css.title}>
              <Link href={`/unit/suggestions/${r.suggestionId}`}>{r.title}</Link>
            </td>
            <td className={`${css.meta} ${css.nowrap}`}>
              {trole(r.role)}
              {r.round > 1 && <span className={css.sub}>{t("round", { round: r.round })}</span>}
            </td>
            <td className={css.stage} data-status={r.status}>
              {tstatus(r.status)}
            </td>
            <td className={css.due}>
              <span className="tabular-nums">{format.dateTime(r.dueAt, dateOnly)}</span>{" "}
              {r.light && <LightBadge light={r.light} label={tl(r.light)} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
