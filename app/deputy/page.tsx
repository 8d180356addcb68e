import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { upcomingDutyFor } from "@/lib/deputies/queries";

export default async function DeputyHome() {
  const actor = await areaActor("deputy");
  if (!actor) return null;
  const [t, format, duty] = await Promise.all([getTranslations(), getFormatter(), upcomingDutyFor(actor)]);
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
                  {format.dateTime(s.startsAt, { dateStyle: "full", timeStyle: "short" })}
                </p>
                <p className="text-sm text-muted">
                  <Link href={`/stations/${s.station.id}`} className="hover:text-brand-700">{s.station.name}</Link> · {s.theme} ·{" "}
                  {t("stations.places", { free: s.capacity - s.bookedCount, capacity: s.capacity })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
