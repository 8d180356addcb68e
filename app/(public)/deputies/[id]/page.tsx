// A deputy's public profile with their own QR code (代表码): name, mandates, group, stations, coming duty, and
// their published points and duty record (晾晒).
// Nothing private: no phone number, no account.
import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getPublicDeputy } from "@/lib/reception/queries";
import { parseId } from "@/lib/validation/fields";
import { qrSvg } from "@/lib/reception/qr";
import { publicOrigin } from "@/lib/http/public-url";
import { Card, EmptyState } from "@/components/ui/card";
import { PublicPhoto } from "@/components/photos/public-photo";
import { buttonStyles } from "@/components/ui/button-styles";
import { PublicDutyRecord } from "@/components/activities/public-duty-record";

async function load(params: Promise<{ id: string }>) {
  const { id } = await params;
  const n = parseId(id);
  return n ? getPublicDeputy(n) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const d = await load(params);
  return { title: d?.name };
}

export default async function DeputyProfile({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ via?: string }>;
}) {
  const d = await load(params);
  if (!d) notFound();
  // The code carries ?via=qr, passed on to the letter so its channel (扫码) is kept.
  const { via } = await searchParams;
  const [t, tl, tp, tw, format] = await Promise.all([
    getTranslations("reception"),
    getTranslations("deputyLevel"),
    getTranslations("photos"),
    getTranslations("letters"),
    getFormatter(),
  ]);
  const url = `${await publicOrigin()}/deputies/${d.id}?via=qr`;
  const qr = await qrSvg(url);
  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex items-start gap-4">
          {d.photo && (
            <PublicPhoto
              photo={d.photo}
              fallbackAlt={tp("alt", { name: d.name })}
              className="h-32 w-24 shrink-0 rounded-md border border-line object-cover sm:h-40 sm:w-32"
            />
          )}
          <div>
            <p className="text-sm text-muted">{t("deputy.kicker")}</p>
            <h1 className="text-2xl font-bold sm:text-3xl">{d.name}</h1>
            {d.occupation && <p className="mt-1 text-muted">{d.occupation}</p>}
            <Link
              href={`/deputies/${d.id}/write${via === "qr" ? "?via=qr" : ""}`}
              className={`${buttonStyles.primary} mt-3`}
            >
              {tw("writeLink", { name: d.name })}
            </Link>
          </div>
        </div>
        <figure className="w-32 text-center">
          <div
            role="img"
            aria-label={t("deputy.qrLabel", { name: d.name })}
            className="[&>svg]:h-auto [&>svg]:w-full"
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <figcaption className="text-xs text-muted">{t("deputy.qrCaption")}</figcaption>
        </figure>
      </header>
      <Card>
        <dl className="grid gap-2 sm:grid-cols-[7rem_1fr]">
          <dt className="text-muted">{t("deputy.mandates")}</dt>
          <dd>
            <ul>
              {d.mandates.map((m) => (
                <li key={`${m.level}-${m.term}`}>
                  {t("deputy.mandate", { level: tl(m.level), term: m.term, region: m.region.name })}
                  {m.constituency ? ` · ${m.constituency}` : ""}
                </li>
              ))}
            </ul>
          </dd>
          {d.group && (
            <>
              <dt className="text-muted">{t("deputy.group")}</dt>
              <dd>{d.group.name}</dd>
            </>
          )}
        </dl>
        {d.bio && <p className="mt-3">{d.bio}</p>}
      </Card>
      <Card title={t("deputy.stations")}>
        {d.stations.length === 0 ? (
          <EmptyState>{t("deputy.noStations")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {d.stations.map(({ station }) => (
              <li key={station.id} className="py-2">
                <Link href={`/stations/${station.id}`} className="font-medium hover:text-brand-700">
                  {station.name}
                </Link>
                <p className="text-sm text-muted">{station.address}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("deputy.upcoming")}>
        {d.sessions.length === 0 ? (
          <EmptyState>{t("deputy.noUpcoming")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {d.sessions.map(({ session: s }) => (
              <li key={s.id} className="py-2">
                <Link href={`/stations/${s.station.id}/sessions/${s.id}`} className="font-medium hover:text-brand-700">
                  {format.dateTime(s.startsAt, { dateStyle: "full", timeStyle: "short" })}
                </Link>
                <p className="text-sm text-muted">
                  {s.station.name} · {s.theme}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <PublicDutyRecord deputyId={d.id} />
    </div>
  );
}
