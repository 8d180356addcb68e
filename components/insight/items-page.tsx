// The list behind a figure (issue 5: "every figure a leader reads can be traced to the items behind it"): the
// items of the slice that meet the measure, newest first, 50 a page, with the export of all of them.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { KeysetPager } from "@/components/suggestions/keyset-pager";
import css from "@/components/suggestions/work-list.module.css";
import { toQueryString, type RawSearchParams } from "@/lib/http/search-params";
import { parseItems, resolveSlice, sliceParamsOf, sliceQuery } from "@/lib/insight/filters";
import { countItems, listItems } from "@/lib/insight/items";
import { figuresNow } from "@/lib/insight/measures";
import { describeSlice } from "./describe";
import { ItemsBody } from "./items-body";
import type { ItemLine } from "./item-rows";
import { exportHref, INSIGHT_PATHS, type InsightArea } from "./paths";

const dateOnly = { year: "numeric", month: "2-digit", day: "2-digit" } as const;

export function insightItemsPage(area: InsightArea) {
  return async function InsightItemsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
    const actor = await areaActor(area);
    if (!actor) return null;
    const parsed = parseItems(await searchParams);
    const { measure = "received", after } = parsed.values;
    const { slice, ignored } = await resolveSlice(actor, sliceParamsOf(parsed.values));
    const now = figuresNow();
    const [t, ts, tsrc, format, page, count, described] = await Promise.all([
      getTranslations("insight"),
      getTranslations("status"),
      getTranslations("source"),
      getFormatter(),
      listItems(slice, measure, after, now),
      countItems(slice, measure, now),
      describeSlice(slice),
    ]);
    const date = (d: Date | null) => (d ? format.dateTime(d, dateOnly) : "—");
    const lines = page.rows.map((r): ItemLine => ({
      code: r.trackingCode,
      href: `${INSIGHT_PATHS[area].detail}/${r.id}`,
      title: r.title,
      category: r.categoryName,
      source: tsrc(r.source),
      place: r.placeName,
      unit: r.unitName ?? "—",
      status: r.status,
      statusLabel: ts(r.status),
      submitted: date(r.submittedAt),
      replied: date(r.firstReplyAt),
      due: r.replyDueAt ? t("dueOn", { date: date(r.replyDueAt) }) : null,
    }));
    const base = `${INSIGHT_PATHS[area].items}`;
    const query = (extra: Record<string, string | undefined>) =>
      `${base}${toQueryString({ ...sliceQuery(slice), measure, ...extra })}`;
    const bad = [...parsed.ignored, ...ignored];
    return (
      <div className="min-w-0 space-y-4">
        <PageHeader
          title={t("itemsTitle", { measure: t(`measure.${measure}`), count })}
          intro={described.join(" · ")}
        />
        {bad.length > 0 && <Alert tone="info">{t("ignored", { fields: bad.join("、") })}</Alert>}
        <div className="flex flex-wrap gap-2">
          <a href={exportHref(slice, { measure })} className={buttonStyles.primary} download>
            {t("exportList")}
          </a>
          <Link
            href={`${INSIGHT_PATHS[area].dashboard}${toQueryString(sliceQuery(slice))}`}
            className={buttonStyles.quiet}
          >
            {t("backToDashboard")}
          </Link>
        </div>
        {page.rows.length === 0 ? (
          <EmptyState>{t("noItems")}</EmptyState>
        ) : (
          <section aria-label={t("itemsLabel")}>
            <table className={css.list}>
              <caption className="sr-only">{t("itemsLabel")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("col.code")}</th>
                  <th scope="col">{t("col.title")}</th>
                  <th scope="col">{t("col.category")}</th>
                  <th scope="col">{t("col.place")}</th>
                  <th scope="col">{t("col.unit")}</th>
                  <th scope="col">{t("col.status")}</th>
                  <th scope="col">{t("col.submitted")}</th>
                  <th scope="col">{t("col.replied")}</th>
                </tr>
              </thead>
              {/* the titles are plain links, as on the dashboard (decision 0023): fifty next/links would each be
                  hydrated and prefetch their item page from the server as the list scrolls into view */}
              <ItemsBody lines={lines} />
            </table>
            <KeysetPager
              label={t("pagination")}
              nextHref={page.next ? query({ after: page.next }) : null}
              firstHref={after ? query({}) : null}
              nextLabel={t("next")}
              firstLabel={t("first")}
            />
          </section>
        )}
      </div>
    );
  };
}
