// The printable A4 poster with the station's 民情二维码: scanning it opens the station page.
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getPublicStation } from "@/lib/stations/queries";
import { parseId } from "@/lib/validation/fields";
import { qrSvg, stationScanPath } from "@/lib/reception/qr";
import { publicOrigin } from "@/lib/http/public-url";
import { PrintButton } from "@/components/ui/print-button";

async function load(params: Promise<{ id: string }>) {
  const { id } = await params;
  const n = parseId(id);
  return n ? getPublicStation(n) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [station, t] = await Promise.all([load(params), getTranslations("reception")]);
  return { title: station ? t("poster.title", { name: station.name }) : undefined };
}

export default async function PosterPage({ params }: { params: Promise<{ id: string }> }) {
  const station = await load(params);
  if (!station) notFound();
  const t = await getTranslations("reception");
  const url = `${await publicOrigin()}${stationScanPath(station.id)}`;
  const svg = await qrSvg(url);
  return (
    <article className="mx-auto flex max-w-[180mm] flex-col items-center gap-5 rounded-lg border-4 border-brand-700 bg-white p-8 text-center print:border-8">
      <p className="text-lg font-semibold tracking-widest text-brand-700">{t("poster.kicker")}</p>
      <h1 className="text-3xl font-bold sm:text-4xl">{station.name}</h1>
      <p className="text-xl">{t("poster.headline")}</p>
      <figure className="w-64 sm:w-80">
        {/* The SVG comes from the qrcode library with our own URL; it holds no user input. */}
        <div
          role="img"
          aria-label={t("poster.qrLabel", { url })}
          data-testid="station-qr"
          className="[&>svg]:h-auto [&>svg]:w-full"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <figcaption className="mt-2 break-all text-sm text-muted">{url}</figcaption>
      </figure>
      <ul className="space-y-1 text-lg">
        <li>{t("poster.scanSuggest")}</li>
        <li>{t("poster.scanBook")}</li>
        <li>{t("poster.scanDeputies")}</li>
      </ul>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-left">
        <dt className="text-muted">{t("poster.address")}</dt>
        <dd>{station.address}</dd>
        <dt className="text-muted">{t("poster.hours")}</dt>
        <dd>{station.openingHours}</dd>
        {station.contactPhone && (
          <>
            <dt className="text-muted">{t("poster.phone")}</dt>
            <dd>{station.contactPhone}</dd>
          </>
        )}
      </dl>
      <PrintButton label={t("poster.print")} />
    </article>
  );
}
