// Supervision cases as a table (cards on phones, like the work lists).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CaseListRow } from "@/lib/supervision/case-queries";
import css from "@/components/suggestions/work-list.module.css";

export async function CaseList({ rows, hrefBase }: { rows: CaseListRow[]; hrefBase: string }) {
  const [t, ts, format] = await Promise.all([
    getTranslations("supervision"),
    getTranslations("status"),
    getFormatter(),
  ]);
  const date = (d: Date) => format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit" });
  return (
    <table className={css.list}>
      <caption className="sr-only">{t("listLabel")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("colItem")}</th>
          <th scope="col">{t("colLevel")}</th>
          <th scope="col">{t("colLeader")}</th>
          <th scope="col">{t("colStatus")}</th>
          <th scope="col">{t("colOpened")}</th>
          <th scope="col">{t("colDue")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td className={css.title}>
              <Link href={`${hrefBase}/${r.id}`}>{r.suggestion.title}</Link>
              <span className={css.sub}>
                {r.suggestion.trackingCode} · {ts(r.suggestion.status)}
              </span>
            </td>
            <td className={css.meta}>{t(`level.${r.level}`)}</td>
            <td className={css.meta}>{r.leader?.name ?? "—"}</td>
            <td className={css.meta}>
              {t(`caseStatus.${r.status}`)}
              {r._count.notes > 0 ? ` · ${t("notesCount", { count: r._count.notes })}` : ""}
            </td>
            <td className={`${css.meta} ${css.nowrap}`}>{date(r.openedAt)}</td>
            <td className={`${css.meta} ${css.nowrap}`}>
              {r.dueAt ? (
                <span className={r.overdue ? "font-semibold text-red-800" : undefined}>
                  {date(r.dueAt)}
                  {r.overdue ? ` · ${t("caseOverdue")}` : ""}
                </span>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
