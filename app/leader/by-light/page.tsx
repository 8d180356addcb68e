// Leaders' view of open items in their region by light: red first (deadline order), filterable by light.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { KeysetPager } from "@/components/suggestions/keyset-pager";
import { QueueList } from "@/components/suggestions/queue-list";
import { toQueryString, type RawSearchParams } from "@/lib/http/search-params";
import { listStaffQueue, parseQueueFilters } from "@/lib/suggestions/staff-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision"))("itemsTitle") };
}

const LIGHTS = [
  ["", "lightAll"],
  ["overdue", "lightRed"],
  ["soon", "lightYellow"],
  ["ontime", "lightGreen"],
] as const;

export default async function LeaderItemsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await areaActor("leader");
  if (!actor) return null;
  const parsed = parseQueueFilters(await searchParams);
  const due = parsed.values.due;
  const filters = { stage: "open" as const, sort: "light" as const, due, after: parsed.values.after };
  const [t, tq, page] = await Promise.all([
    getTranslations("supervision"),
    getTranslations("queue"),
    listStaffQueue(actor, filters),
  ]);
  const href = (extra: Record<string, string | undefined>) => `/leader/by-light${toQueryString({ due, ...extra })}`;
  return (
    <div className="min-w-0 space-y-4">
      <PageHeader title={t("itemsTitle")} intro={t("itemsIntro")} />
      <nav aria-label={t("lightFilter")} className="flex flex-wrap gap-2">
        {LIGHTS.map(([value, key]) => (
          <Link
            key={key}
            href={`/leader/by-light${toQueryString({ due: value || undefined })}`}
            aria-current={(due ?? "") === value ? "page" : undefined}
            className="rounded-full border border-line px-3 py-1 aria-[current=page]:border-brand-700 aria-[current=page]:font-semibold"
          >
            {t(key)}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-muted">{tq("legend", { days: page.yellowWorkingDays })}</p>
      {page.rows.length === 0 ? (
        <EmptyState>{t("itemsEmpty")}</EmptyState>
      ) : (
        <section aria-label={t("itemsTitle")}>
          <QueueList rows={page.rows} hrefBase="/leader/suggestions" />
          <KeysetPager
            label={tq("pagination")}
            nextHref={page.next ? href({ after: page.next }) : null}
            firstHref={filters.after ? href({}) : null}
            nextLabel={tq("next")}
            firstLabel={tq("first")}
          />
        </section>
      )}
    </div>
  );
}
