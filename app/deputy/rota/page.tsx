// A deputy's own rota: the sessions they are on duty at, with the way into each session's duty log.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { SessionStatusBadge } from "@/components/reception/session-status";
import { listOwnRota } from "@/lib/reception/queries";

export default async function RotaPage() {
  const actor = await areaActor("deputy");
  if (!actor) return null;
  const [t, format, rota] = await Promise.all([getTranslations("reception"), getFormatter(), listOwnRota(actor)]);
  return (
    <div>
      <PageHeader title={t("myRota.title")} intro={t("myRota.intro")} />
      <Card>
        {rota.length === 0 ? (
          <EmptyState>{t("myRota.empty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {rota.map((s) => (
              <li key={s.id} className="py-3">
                <p className="font-medium">
                  <Link href={`/deputy/sessions/${s.id}`} className="text-brand-700 hover:underline">
                    {format.dateTime(s.startsAt, { dateStyle: "full", timeStyle: "short" })}
                  </Link>{" "}
                  <SessionStatusBadge status={s.status} />
                </p>
                <p className="text-sm text-muted">
                  {s.station.name} · {s.theme} ·{" "}
                  {t("onDuty", { names: s.deputies.map((d) => d.deputy.name).join("、") })} ·{" "}
                  {t("work.booked", { booked: s.bookedCount, capacity: s.capacity })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
