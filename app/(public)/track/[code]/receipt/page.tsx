// The 回执 a resident takes home: the tracking code in large type and as a QR code that opens /track/<code>.
// It shows only what the public tracking page shows (no proposer, no content), so anyone holding the code may print
// it: the station's desk after entering a paper form, or the resident after submitting online.
import { notFound, redirect } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { currentClientInfo } from "@/lib/http/client-info";
import { getPublicTracking } from "@/lib/suggestions/public-tracking";
import { trackingCodeSchema } from "@/lib/suggestions/schemas";
import { qrSvg } from "@/lib/reception/qr";
import { publicOrigin } from "@/lib/http/public-url";
import { PrintSheet, QrFigure, WriteLine } from "@/components/print/print-sheet";

export const metadata: Metadata = { robots: { index: false } };

export default async function ReceiptPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  if (!trackingCodeSchema.safeParse(code).success) notFound();
  const item = await getPublicTracking(code, await currentClientInfo());
  if (!item) redirect(`/track?missing=1&code=${encodeURIComponent(code)}`);
  const [t, all, site, format] = await Promise.all([
    getTranslations("paper.receipt"),
    getTranslations(),
    getTranslations("site"),
    getFormatter(),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const url = `${await publicOrigin()}/track/${item.trackingCode}`;
  const svg = await qrSvg(url, { margin: 1 });
  const rows: [string, string][] = [
    [t("subject"), item.title],
    [t("category"), item.category.name],
    ...(item.station ? ([[t("station"), item.station.name]] as [string, string][]) : []),
    [t("submittedAt"), date(item.submittedAt)],
    [t("status"), all(`status.${item.status}`)],
    ...(item.station?.contactPhone ? ([[t("contact"), item.station.contactPhone]] as [string, string][]) : []),
    [t("printedAt"), date(new Date())],
  ];
  return (
    <PrintSheet backHref={`/track/${item.trackingCode}`}>
      <header className="border-b-2 border-black pb-3 text-center">
        <p className="text-sm">{site("name")}</p>
        <h1 className="text-2xl font-bold tracking-widest">{t("title")}</h1>
      </header>
      <div className="flex items-center justify-between gap-6">
        <div>
          <p>{t("code")}</p>
          <p className="font-mono text-4xl font-bold tracking-[0.2em]" data-testid="receipt-code">
            {item.trackingCode}
          </p>
        </div>
        <QrFigure svg={svg} label={t("scan")} caption={url} />
      </div>
      <dl className="grid grid-cols-[6rem_1fr] gap-x-4 gap-y-2">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-neutral-700">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <div className="space-y-1 border-t border-black pt-2 text-sm">
        <p>{t("scan")}。</p>
        <p>{t("keep")}</p>
      </div>
      <WriteLine label={t("signature")} className="ml-auto w-1/2" />
    </PrintSheet>
  );
}
