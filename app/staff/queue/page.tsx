import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Alert } from "@/components/ui/alert";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { KeysetPager } from "@/components/suggestions/keyset-pager";
import { QueueFilters } from "@/components/suggestions/queue-filters";
import { QueueList } from "@/components/suggestions/queue-list";
import { toQueryString, type RawSearchParams } from "@/lib/http/search-params";
import {
  listStaffQueue,
  parseQueueFilters,
  QUEUE_PAGE_SIZE,
  type QueueFilters as Filters,
} from "@/lib/suggestions/staff-queue";
import { queueFilterOptions } from "@/lib/suggestions/staff-queue-options";
import { QUEUE_EXPORT_LIMIT } from "@/lib/suggestions/queue-export";
import { savedFilterLinks } from "@/lib/suggestions/saved-filters";
import { BATCH_FORM, BatchBar } from "@/components/workbench/batch-bar";
import { QueueSearchBox } from "@/components/workbench/queue-search-box";
import { SavedFilterBar } from "@/components/workbench/saved-filter-bar";

const PATH = "/staff/queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queue"))("title") };
}

// Filter fields named in the "ignored" notice (each is also its label's key under "queue").
const FIELDS = ["q", "stage", "category", "region", "station", "source", "kind", "from", "to", "due", "sort"] as const;

/** A phone, by the client hint Chromium browsers send or the usual user-agent words; only decides the fold. */
function isPhone(h: Headers): boolean {
  const hint = h.get("sec-ch-ua-mobile");
  if (hint) return hint === "?1";
  return /Mobi|Android|iPhone/i.test(h.get("user-agent") ?? "");
}

export default async function StaffQueuePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const parsed = parseQueueFilters(await searchParams);
  const phone = isPhone(await headers());
  const [t, tw, page, options, saved] = await Promise.all([
    getTranslations("queue"),
    getTranslations("workbench"),
    listStaffQueue(actor, parsed.values),
    queueFilterOptions(actor, parsed.values),
    savedFilterLinks(actor, PATH),
  ]);
  // A tracking code in the search box opens that item at once.
  if (page.exactId) redirect(`/staff/suggestions/${page.exactId}`);
  const { after, ...filters } = page.filters;
  const { q, ...withoutSearch } = filters;
  const query = (extra: Partial<Filters>) => `${PATH}${toQueryString({ ...filters, ...extra })}`;
  const ignored = [...new Set([...parsed.ignored, ...page.ignored])];
  const ignoredFields = FIELDS.filter((k) => ignored.includes(k)).map((k) => t(k));
  const filtered = Object.values(filters).some((v) => v !== undefined);

  return (
    <div className="min-w-0 space-y-4">
      <PageHeader title={t("title")} intro={t("intro", { size: QUEUE_PAGE_SIZE })} />
      <QueueSearchBox action={PATH} q={q} keep={withoutSearch} />
      <SavedFilterBar links={saved} current={toQueryString(filters)} />
      {/* On a phone the fields start folded so the list is on the first screen; they stay open once used. */}
      <QueueFilters key={query({})} filters={filters} options={options} action={PATH} open={!phone || filtered} />
      {(ignoredFields.length > 0 || ignored.includes("after")) && (
        <Alert tone="info">
          {ignoredFields.length > 0 && <p>{t("ignored", { fields: ignoredFields.join("、") })}</p>}
          {ignored.includes("after") && <p>{t("cursorReset")}</p>}
        </Alert>
      )}
      {page.searchTooBroad && <Alert tone="info">{tw("search.tooBroad")}</Alert>}
      <p className="text-sm text-muted">{t("legend", { days: page.yellowWorkingDays })}</p>
      {page.rows.length === 0 ? (
        <EmptyState>{filtered || after ? t("emptyFiltered") : t("empty")}</EmptyState>
      ) : (
        <section aria-label={t("listLabel")}>
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <p className="text-sm text-muted">{t("results", { count: page.rows.length })}</p>
            {/* A plain link: the browser downloads the file; the filters travel in the query string. */}
            <a
              href={`/api/staff/queue/export${toQueryString(filters)}`}
              className="text-sm text-brand-700 underline"
              title={t("exportHint", { limit: QUEUE_EXPORT_LIMIT })}
            >
              {t("export")}
            </a>
          </div>
          <BatchBar filters={filters} />
          <QueueList rows={page.rows} pickForm={BATCH_FORM} itemQuery={toQueryString({ list: "queue", ...filters })} />
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
}
