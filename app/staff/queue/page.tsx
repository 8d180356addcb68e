import type { Metadata } from "next";
import { headers } from "next/headers";
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

const PATH = "/staff/queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queue"))("title") };
}

// Filter fields named in the "ignored" notice (each is also its label's key under "queue").
const FIELDS = ["stage", "category", "region", "station", "source", "kind", "from", "to", "due", "sort"] as const;

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
  const [t, page, options] = await Promise.all([
    getTranslations("queue"),
    listStaffQueue(actor, parsed.values),
    queueFilterOptions(actor, parsed.values),
  ]);
  const { after, ...filters } = page.filters;
  const query = (extra: Partial<Filters>) => `${PATH}${toQueryString({ ...filters, ...extra })}`;
  const ignored = [...new Set([...parsed.ignored, ...page.ignored])];
  const ignoredFields = FIELDS.filter((k) => ignored.includes(k)).map((k) => t(k));
  const filtered = Object.values(filters).some((v) => v !== undefined);

  return (
    <div className="min-w-0 space-y-4">
      <PageHeader title={t("title")} intro={t("intro", { size: QUEUE_PAGE_SIZE })} />
      {/* On a phone the fields start folded so the list is on the first screen; they stay open once used. */}
      <QueueFilters key={query({})} filters={filters} options={options} action={PATH} open={!phone || filtered} />
      {(ignoredFields.length > 0 || ignored.includes("after")) && (
        <Alert tone="info">
          {ignoredFields.length > 0 && <p>{t("ignored", { fields: ignoredFields.join("、") })}</p>}
          {ignored.includes("after") && <p>{t("cursorReset")}</p>}
        </Alert>
      )}
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
          <QueueList rows={page.rows} itemQuery={toQueryString({ list: "queue", ...filters })} />
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
