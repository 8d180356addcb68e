// 晾晒 on a deputy's public page: the points published each quarter, their duty list (activities and receptions
// attended) and the residents' ratings of their 述职, with the rating link while a 述职's window is open.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { publicDutyRecord } from "@/lib/activities/public-duty";
import { ratingOpen } from "@/lib/activities/rate-report";
import { Card, EmptyState } from "@/components/ui/card";
import { RatingCountsLine } from "./rating-counts-line";

export async function PublicDutyRecord({ deputyId }: { deputyId: number }) {
  const now = new Date();
  const [t, ta, format, record] = await Promise.all([
    getTranslations("activities"),
    getTranslations("archive"),
    getFormatter(),
    publicDutyRecord(deputyId, now),
  ]);
  return (
    <>
      <Card title={t("public.pointsTitle")}>
        {record.quarters.length === 0 ? (
          <EmptyState>{t("public.noPoints")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line" aria-label={t("public.pointsIntro")}>
            {record.quarters.map((q) => (
              <li key={`${q.year}-${q.quarter}`} className="flex justify-between py-2">
                <span>{ta("quarterName", { year: q.year, q: q.quarter })}</span>
                <span className="font-semibold tabular-nums">{t("public.points", { points: q.points })}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("public.dutyTitle")}>
        {record.duties.length === 0 ? (
          <EmptyState>{t("public.noDuty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {record.duties.map((d) => (
              <li key={`${d.type}-${d.id}`} className="py-2">
                <p className="font-medium">
                  【{d.type === "activity" ? t(`kind.${d.kind as "INSPECTION"}`) : t("public.reception")}】{d.theme}
                </p>
                <p className="text-sm text-muted">
                  {format.dateTime(d.at, { dateStyle: "medium" })} · {d.place}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {record.reports.length > 0 && (
        <Card title={t("public.reportsTitle")}>
          <ul className="divide-y divide-line">
            {record.reports.map((r) => (
              <li key={r.id} className="py-2">
                <p className="font-medium">
                  {format.dateTime(r.startsAt, { dateStyle: "medium" })} · {r.theme}
                </p>
                <p className="text-sm">
                  <RatingCountsLine counts={r.counts} />
                </p>
                {ratingOpen(r, now) && (
                  <Link
                    href={`/activities/${r.id}/rate`}
                    className="mt-1 inline-block text-brand-700 underline underline-offset-4"
                  >
                    {t("public.rateLink")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
