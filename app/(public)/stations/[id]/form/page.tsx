// The blank 选民意见反馈表 for a station's desk: a resident without a phone writes their opinion on paper, staff
// enter it (/station/record or /staff/record) and hand back a printed receipt. The QR code opens the station page,
// where the same opinion can be submitted online.
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getPublicStation } from "@/lib/stations/queries";
import { parseId } from "@/lib/validation/fields";
import { listCategories } from "@/lib/categories/queries";
import { qrSvg, stationScanPath } from "@/lib/reception/qr";
import { publicOrigin } from "@/lib/http/public-url";
import { PrintSheet, QrFigure, WriteLine } from "@/components/print/print-sheet";

const CONTENT_LINES = 9;

async function load(params: Promise<{ id: string }>) {
  const { id } = await params;
  const n = parseId(id);
  return n ? getPublicStation(n) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [station, t] = await Promise.all([load(params), getTranslations("paper.form")]);
  return { title: station ? t("metaTitle", { name: station.name }) : undefined };
}

export default async function OpinionFormPage({ params }: { params: Promise<{ id: string }> }) {
  const station = await load(params);
  if (!station) notFound();
  const [t, site, categories] = await Promise.all([
    getTranslations("paper.form"),
    getTranslations("site"),
    listCategories(),
  ]);
  const url = `${await publicOrigin()}${stationScanPath(station.id)}`;
  const svg = await qrSvg(url, { margin: 1 });
  return (
    <PrintSheet backHref={`/stations/${station.id}`}>
      <header className="flex items-start justify-between gap-4 border-b-2 border-black pb-3">
        <div>
          <p className="text-sm">{site("name")}</p>
          <h1 className="text-2xl font-bold tracking-widest">{t("title")}</h1>
          <p className="mt-1">
            {t("station")}：{station.name}
          </p>
        </div>
        <QrFigure svg={svg} label={t("scan")} caption={url} />
      </header>
      <WriteLine label={t("number")} className="ml-auto w-1/2" />
      <div className="grid grid-cols-2 gap-x-6 gap-y-3">
        <WriteLine label={t("name")} hint={t("nameHint")} />
        <WriteLine label={t("phone")} hint={t("phoneHint")} />
        <WriteLine label={t("address")} className="col-span-2" />
      </div>
      <fieldset>
        <legend className="mb-1">{t("category")}</legend>
        <ul className="grid grid-cols-3 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
          {categories.map((c) => (
            <li key={c.id} className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block size-3.5 shrink-0 border border-black" />
              {c.name}
            </li>
          ))}
        </ul>
      </fieldset>
      <WriteLine label={t("subject")} />
      <div>
        <p>{t("content")}：</p>
        {Array.from({ length: CONTENT_LINES }, (_, i) => (
          <div key={i} aria-hidden className="h-8 border-b border-neutral-500" />
        ))}
      </div>
      <p className="flex items-center gap-2">
        <span aria-hidden className="inline-block size-3.5 border border-black" />
        {t("confidential")}
      </p>
      <div className="grid grid-cols-2 gap-x-6">
        <WriteLine label={t("deputy")} />
        <p className="flex items-end gap-2">
          <span>{t("date")}：</span>
          <span>{t("dateBlank")}</span>
        </p>
      </div>
      <footer className="border-t border-black pt-2 text-xs leading-snug text-neutral-700">
        <p>{t("scan")}。</p>
        <p>{t("after")}</p>
      </footer>
    </PrintSheet>
  );
}
