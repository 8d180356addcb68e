// The duty archive's card for activities beyond receptions and the residents' ratings of the deputy's 述职.
import { getFormatter, getTranslations } from "next-intl/server";
import type { ArchiveActivities as Part } from "@/lib/activities/archive-part";
import { Card, EmptyState } from "@/components/ui/card";
import { RatingCountsLine } from "./rating-counts-line";

export async function ArchiveActivities({ part }: { part: Part }) {
  const [t, format] = await Promise.all([getTranslations("activities"), getFormatter()]);
  return (
    <Card title={t("archive.title")}>
      <p className="font-semibold">{t("archive.activities", { count: part.attended })}</p>
      {part.byKind.length > 0 && (
        <p className="mb-3 text-sm">{part.byKind.map((k) => `${t(`kind.${k.kind}`)} ${k.count}`).join(" · ")}</p>
      )}
      <h3 className="mt-3 mb-1 font-semibold">{t("public.reportsTitle")}</h3>
      {part.reports.length === 0 ? (
        <EmptyState>{t("archive.noReports")}</EmptyState>
      ) : (
        <ul className="space-y-1">
          {part.reports.map((r) => (
            <li key={r.id}>
              {format.dateTime(r.startsAt, { dateStyle: "medium" })} · {r.theme}：
              <RatingCountsLine counts={r.counts} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
