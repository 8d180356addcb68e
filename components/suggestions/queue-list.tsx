// The rows of the staff queue: one table, drawn as cards on phones and narrow windows (work-list.module.css).
import { getFormatter, getTranslations } from "next-intl/server";
import type { QueueRow } from "@/lib/suggestions/staff-queue";
import { LightBadge } from "./light-badge";
import css from "./work-list.module.css";

const dateOnly = { year: "numeric", month: "2-digit", day: "2-digit" } as const;

/** `hrefBase`: where an item opens (leaders read items under their own area). */
export async function QueueList({ rows, hrefBase = "/staff/suggestions" }: { rows: QueueRow[]; hrefBase?: string }) {
  const [t, ts, tsrc, tl, format] = await Promise.all([
    getTranslations("queue"),
    getTranslations("status"),
    getTranslations("source"),
    getTranslations("light"),
    getFormatter(),
  ]);
  const date = (d: Date) => format.dateTime(d, dateOnly);
  return (
    <table className={css.list}>
      <caption className="sr-only">{t("listLabel")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("colCode")}</th>
          <th scope="col">{t("colTitle")}</th>
          <th scope="col">{t("colCategorySource")}</th>
          <th scope="col">{t("colPlace")}</th>
          <th scope="col">{t("colStage")}</th>
          <th scope="col">{t("colSubmitted")}</th>
          <th scope="col">{t("colDue")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td className={css.code}>{r.trackingCode}</td>
            <td className={css.title}>
              {/* plain: a next/link per row would be hydrated and prefetch every item page in view (decision 0023) */}
              <a href={`${hrefBase}/${r.id}`}>{r.title}</a>
            </td>
            <td className={css.meta}>
              {r.categoryName}
              <span className={css.sub}>{tsrc(r.source)}</span>
            </td>
            <td className={css.meta}>{r.placeName}</td>
            <td className={css.stage} data-status={r.status}>
              {ts(r.status)}
            </td>
            <td className={`${css.meta} ${css.nowrap}`}>{date(r.submittedAt)}</td>
            <td className={css.due}>
              {r.light && r.dueAt ? (
                <>
                  <LightBadge light={r.light} label={tl(r.light)} />
                  <span className={css.sub}>{tl("due", { date: date(r.dueAt) })}</span>
                </>
              ) : (
                <span className={css.sub}>{t("noDue")}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
