// On an item opened from the staff queue: back to the same filtered list, and on to the next item of it.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { toQueryString, type RawSearchParams } from "@/lib/http/search-params";
import { nextInQueue } from "@/lib/suggestions/next-in-queue";
import { parseQueueFilters } from "@/lib/suggestions/staff-queue";
import { buttonStyles } from "@/components/ui/button-styles";

export async function QueueNav({
  actor,
  searchParams,
  item,
}: {
  actor: Actor;
  searchParams: RawSearchParams;
  item: { id: number; submittedAt: Date; dueAt: Date | null };
}) {
  if (searchParams.list !== "queue") return null;
  const filters = { ...parseQueueFilters(searchParams).values, after: undefined };
  const [t, next] = await Promise.all([getTranslations("queue"), nextInQueue(actor, filters, item)]);
  const query = toQueryString({ list: "queue", ...filters });
  return (
    <nav aria-label={t("itemNav")} className="flex flex-wrap items-center justify-between gap-2">
      <Link href={`/staff/queue${toQueryString(filters)}`} className="text-brand-700 underline underline-offset-4">
        ← {t("backToList")}
      </Link>
      {next ? (
        <Link
          href={`/staff/suggestions/${next.id}${query}`}
          rel="next"
          className={buttonStyles.secondary}
          title={next.title}
        >
          {t("nextItem")} →
        </Link>
      ) : (
        <span className="text-sm text-muted">{t("lastItem")}</span>
      )}
    </nav>
  );
}
