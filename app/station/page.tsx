import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { managedStations } from "@/lib/stations/queries";
import { OverdueLetters } from "@/components/letters/overdue-letters";

export default async function StationAdminHome() {
  const actor = await areaActor("station");
  if (!actor) return null;
  const [t, stations] = await Promise.all([getTranslations(), managedStations(actor)]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("areas.welcome", { name: actor.name })} intro={t("areas.station.intro")} />
      <Card title={t("areas.station.myStations")}>
        {stations.length === 0 ? (
          <EmptyState>{t("areas.station.noStations")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {stations.map((s) => (
              <li key={s.id} className="py-2">
                <Link href={`/stations/${s.id}`} className="font-medium hover:text-brand-700">
                  {s.name}
                </Link>
                <p className="text-sm text-muted">{s.address}</p>
                <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
                  <Link href="/station/sessions" className="text-brand-700 hover:underline">
                    {t("reception.stationHome.sessions", { count: s._count.sessions })}
                  </Link>
                  <Link href={`/station/summary?station=${s.id}`} className="text-brand-700 hover:underline">
                    {t("reception.stationHome.summary")}
                  </Link>
                  <Link href={`/stations/${s.id}/poster`} className="text-brand-700 hover:underline">
                    {t("reception.poster.link")}
                  </Link>
                  <Link href={`/stations/${s.id}/form`} className="text-brand-700 hover:underline">
                    {t("paper.form.link")}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <OverdueLetters actor={actor} />
    </div>
  );
}
