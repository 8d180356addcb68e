import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { upcomingDutyFor } from "@/lib/deputies/queries";
import { listReadableSuggestions } from "@/lib/suggestions/queries";

export default async function DeputyHome() {
  const actor = await areaActor("deputy");
  if (!actor) return null;
  const [t, format, duty, items] = await Promise.all([
    getTranslations(),
    getFormatter(),
    upcomingDutyFor(actor),
    listReadableSuggestions(actor),
  ]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("areas.welcome", { name: actor.name })} intro={t("areas.deputy.intro")} />
      <Card title={t("areas.deputy.upcoming")}>
        {duty.length === 0 ? (
          <EmptyState>{t("areas.deputy.noUpcoming")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {duty.map((s) => (
              <li key={s.id} className="py-2">
                <p className="font-medium">
                  <Link href={`/deputy/sessions/${s.id}`} className="hover:text-brand-700">
                    {format.dateTime(s.startsAt, { dateStyle: "full", timeStyle: "short" })}
                  </Link>
                </p>
                <p className="text-sm text-muted">
                  <Link href={`/stations/${s.station.id}`} className="hover:text-brand-700">
                    {s.station.name}
                  </Link>{" "}
                  · {s.theme} · {t("stations.places", { free: s.capacity - s.bookedCount, capacity: s.capacity })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("areas.deputy.suggestions")}>
        {items.length === 0 ? (
          <EmptyState>{t("areas.deputy.noSuggestions")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {items.map((s) => (
              <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link href={`/track/${s.trackingCode}`} className="font-medium hover:text-brand-700">
                  {s.title}
                </Link>
                <span className="text-sm text-muted">
                  {t(`kind.${s.kind}`)} · {t(`status.${s.status}`)} ·{" "}
                  {format.dateTime(s.submittedAt, { dateStyle: "medium" })}
                  {s.station ? ` · ${s.station.name}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
