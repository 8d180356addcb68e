// The rows of the staff queue: one table, drawn as cards on phones and narrow windows (work-list.module.css).
// The rows go to the page as compact lines written out by a small client component (work-rows.ts says why).
import { getFormatter, getTranslations } from "next-intl/server";
import type { QueueRow } from "@/lib/suggestions/staff-queue";
import { QueueBody } from "./work-rows-body";
import type { QueueLine } from "./work-rows";
import css from "./work-list.module.css";

const dateOnly = { year: "numeric", month: "2-digit", day: "2-digit" } as const;

/** `hrefBase`: where an item opens (leaders read items under their own area); `itemQuery`: the list's filters,
 *  carried into the item's link so its page can offer the next item of the same list; `pickForm`: the id of the
 *  batch form the rows' tick boxes belong to (staff queue), or none. */
export async function QueueList({
  rows,
  hrefBase = "/staff/suggestions",
  itemQuery = "",
  pickForm,
}: {
  rows: QueueRow[];
  hrefBase?: string;
  itemQuery?: string;
  pickForm?: string;
}) {
  const [t, ts, tsrc, tl, tw, format] = await Promise.all([
    getTranslations("queue"),
    getTranslations("status"),
    getTranslations("source"),
    getTranslations("light"),
    getTranslations("workbench.batch"),
    getFormatter(),
  ]);
  const date = (d: Date) => format.dateTime(d, dateOnly);
  const lines = rows.map((r): QueueLine => ({
    code: r.trackingCode,
    href: `${hrefBase}/${r.id}${itemQuery}`,
    title: r.title,
    category: r.categoryName,
    source: tsrc(r.source),
    place: r.placeName,
    status: r.status,
    statusLabel: ts(r.status),
    submitted: date(r.submittedAt),
    light: r.light && r.dueAt ? { light: r.light, label: tl(r.light) } : null,
    due: r.light && r.dueAt ? tl("due", { date: date(r.dueAt) }) : t("noDue"),
    ...(pickForm ? { pick: { id: r.id, label: tw("pickItem", { code: r.trackingCode }), form: pickForm } } : {}),
  }));
  return (
    <table className={css.list}>
      <caption className="sr-only">{t("listLabel")}</caption>
      <thead>
        <tr>
          {pickForm && (
            <th scope="col">
              <span className="sr-only">{tw("colPick")}</span>
            </th>
          )}
          <th scope="col">{t("colCode")}</th>
          <th scope="col">{t("colTitle")}</th>
          <th scope="col">{t("colCategorySource")}</th>
          <th scope="col">{t("colPlace")}</th>
          <th scope="col">{t("colStage")}</th>
          <th scope="col">{t("colSubmitted")}</th>
          <th scope="col">{t("colDue")}</th>
        </tr>
      </thead>
      <QueueBody lines={lines} />
    </table>
  );
}
