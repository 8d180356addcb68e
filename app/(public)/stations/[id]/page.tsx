import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getPublicStation } from "@/lib/stations/queries";
import { parseId } from "@/lib/validation/fields";
import { Card, EmptyState } from "@/components/ui/card";
import { StarLevel } from "@/components/stations/star-level";
import { buttonStyles } from "@/components/ui/button-styles";
import { NavigateLinks } from "@/components/stations/navigate-links";
import { PublicPhoto } from "@/components/photos/public-photo";
import { scanMarker } from "@/lib/reception/qr";

const SIX_HAS = [
  ["hasVenue", "venue"],
  ["hasStaff", "staff"],
  ["hasRules", "rules"],
  ["hasActivities", "activities"],
  ["hasFunding", "funding"],
  ["hasEquipment", "equipment"],
] as const;

async function load(params: Promise<{ id: string }>) {
  const { id } = await params;
  const n = parseId(id);
  return n ? getPublicStation(n) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const station = await load(params);
  return { title: station?.name };
}

export default async function StationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ via?: string }>;
}) {
  const [station, { via }] = await Promise.all([load(params), searchParams]);
  // Reached from the station's QR code: the opinion started here keeps that channel.
  const scanned = scanMarker(via) ? "&via=qr" : "";
  if (!station) notFound();
  const [t, tl, tr, tp, tph, format] = await Promise.all([
    getTranslations("stations"),
    getTranslations("deputyLevel"),
    getTranslations("reception"),
    getTranslations("paper"),
    getTranslations("photos"),
    getFormatter(),
  ]);
  const position = { name: station.name, address: station.address, lat: Number(station.lat), lng: Number(station.lng) };
  return (
    <div className="space-y-5">
      <p>
        <Link href="/stations" className="text-brand-700 underline-offset-4 hover:underline">
          ← {t("backToList")}
        </Link>
      </p>
      <header>
        <p className="text-sm text-muted">
          {station.region.name} · {t(`kind.${station.kind}`)}
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{station.name}</h1>
        <p className="mt-1">
          <StarLevel level={station.starLevel} label={t("stars", { count: station.starLevel })} />
        </p>
      </header>
      {station.photo && (
        <PublicPhoto
          photo={station.photo}
          fallbackAlt={tph("alt", { name: station.name })}
          className="aspect-[3/2] h-auto max-h-96 w-full rounded-lg border border-line object-cover sm:aspect-auto"
        />
      )}
      <Card>
        <dl className="grid gap-3 sm:grid-cols-[7rem_1fr]">
          <dt className="text-muted">{t("address")}</dt>
          <dd>
            {station.address}
            <span className="mt-2 block">
              <NavigateLinks station={position} labels={{ amap: tr("map.amap"), baidu: tr("map.baidu") }} />
            </span>
          </dd>
          <dt className="text-muted">{t("hours")}</dt>
          <dd>{station.openingHours}</dd>
          {station.contactPhone && (
            <>
              <dt className="text-muted">{t("contact")}</dt>
              <dd>
                <a href={`tel:${station.contactPhone}`} className="text-brand-700">
                  {station.contactPhone}
                </a>
              </dd>
            </>
          )}
        </dl>
        {station.intro && <p className="mt-3">{station.intro}</p>}
        <div className="mt-4 flex flex-wrap gap-2">
          <Link
            href={`/suggest?station=${station.id}${scanned}`}
            className={`${buttonStyles.primary} w-full sm:w-auto`}
          >
            {t("suggestHere")}
          </Link>
          <Link href={`/stations/${station.id}/poster`} className={`${buttonStyles.quiet} w-full sm:w-auto`}>
            {tr("poster.link")}
          </Link>
          <Link href={`/stations/${station.id}/form`} className={`${buttonStyles.quiet} w-full sm:w-auto`}>
            {tp("form.link")}
          </Link>
        </div>
      </Card>
      <Card title={t("upcoming")}>
        {station.sessions.length === 0 ? (
          <EmptyState>{t("noUpcoming")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {station.sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div>
                  <p className="font-medium">
                    {format.dateTime(s.startsAt, { dateStyle: "full", timeStyle: "short" })}
                  </p>
                  <p className="text-sm text-muted">
                    {s.theme} · {t("places", { free: s.capacity - s.bookedCount, capacity: s.capacity })}
                  </p>
                  <p className="text-sm text-muted">
                    {tr("onDuty", { names: s.deputies.map((d) => d.deputy.name).join("、") })}
                  </p>
                </div>
                <Link
                  href={`/stations/${station.id}/sessions/${s.id}`}
                  className={buttonStyles.secondary}
                  aria-label={tr("book.linkLabel", { date: format.dateTime(s.startsAt, { dateStyle: "medium" }) })}
                >
                  {s.bookedCount < s.capacity ? tr("book.link") : tr("book.linkFull")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("deputies")}>
        {station.deputies.length === 0 ? (
          <EmptyState>{t("noDeputies")}</EmptyState>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2">
            {station.deputies.map(({ deputy }) => (
              <li key={deputy.id} className="flex items-center gap-3 rounded-md border border-line px-3 py-2">
                {deputy.photo && (
                  <PublicPhoto
                    photo={{ key: deputy.photo.key, alt: null }}
                    size="thumb"
                    // The name is right beside it: the picture adds nothing a screen reader should say twice.
                    fallbackAlt=""
                    className="h-12 w-12 shrink-0 rounded-full object-cover"
                  />
                )}
                <div className="min-w-0">
                  <p className="font-medium">
                    <Link href={`/deputies/${deputy.id}`} className="hover:text-brand-700">
                      {deputy.name}
                    </Link>
                  </p>
                  <p className="text-sm text-muted">
                    {deputy.mandates.map((m) => tl(m.level)).join("、")}
                    {deputy.occupation ? ` · ${deputy.occupation}` : ""}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("sixHas")}>
        <ul className="flex flex-wrap gap-2">
          {SIX_HAS.map(([field, key]) => (
            <li
              key={key}
              className={`rounded-full px-3 py-1 text-sm ${station[field] ? "bg-green-100 text-green-900" : "bg-gray-100 text-muted line-through"}`}
            >
              {t(`sixHasItems.${key}`)}
            </li>
          ))}
        </ul>
        {station.assessments.length > 0 && (
          <>
            <h3 className="mt-4 mb-1 font-semibold">{t("assessmentHistory")}</h3>
            <ol className="space-y-1 text-sm">
              {station.assessments.map((a) => (
                <li key={a.id}>
                  {t("assessmentRow", {
                    date: a.assessedOn.toISOString().slice(0, 10),
                    stars: a.level,
                    assessor: a.assessorName,
                  })}
                </li>
              ))}
            </ol>
          </>
        )}
      </Card>
    </div>
  );
}
