import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listPublicStations } from "@/lib/stations/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { buttonStyles } from "@/components/ui/button-styles";
import { StarLevel } from "@/components/stations/star-level";
import { StationMap } from "@/components/stations/station-map";
import { NavigateLinks } from "@/components/stations/navigate-links";
import { tileConfig } from "@/lib/map-tiles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stations"))("title") };
}

export default async function StationsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 40) : "";
  const [t, tr, stations] = await Promise.all([
    getTranslations("stations"),
    getTranslations("reception"),
    listPublicStations(query),
  ]);
  const tiles = tileConfig();
  const points = stations.map((s) => ({ id: s.id, name: s.name, lat: Number(s.lat), lng: Number(s.lng) }));
  return (
    <div>
      <PageHeader
        title={t("title")}
        intro={query ? t("resultCount", { count: stations.length }) : t("intro", { count: stations.length })}
      />
      <form role="search" action="/stations" className="mb-5 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="q" className="mb-1 block font-medium">
            {t("searchLabel")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={40}
            placeholder={t("searchPlaceholder")}
            className="block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base"
          />
        </div>
        <button type="submit" className={buttonStyles.primary}>
          {t("search")}
        </button>
        {query && (
          <Link href="/stations" className={buttonStyles.quiet}>
            {t("clear")}
          </Link>
        )}
      </form>
      {tiles && (
        <StationMap stations={points} tiles={tiles} label={tr("map.label")} tilesFailed={tr("map.tilesFailed")} />
      )}
      {stations.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {stations.map((s) => (
            <li key={s.id} className="rounded-lg border border-line bg-white p-4 shadow-sm">
              <h2 className="font-semibold">
                <Link href={`/stations/${s.id}`} className="text-ink hover:text-brand-700">
                  {s.name}
                </Link>
              </h2>
              <p className="mt-0.5 text-sm text-muted">
                {[s.region.parent?.name, s.region.name].filter(Boolean).join(" · ")} · {t(`kind.${s.kind}`)}
              </p>
              <p className="mt-1 text-sm">{s.address}</p>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 text-sm text-muted">
                <StarLevel level={s.starLevel} label={t("stars", { count: s.starLevel })} />
                <span>{s.openingHours}</span>
              </p>
              <p className="mt-1 text-xs text-muted">
                {tr("map.position", { lat: Number(s.lat).toFixed(5), lng: Number(s.lng).toFixed(5) })}
              </p>
              <div className="mt-2">
                <NavigateLinks
                  station={{ name: s.name, address: s.address, lat: Number(s.lat), lng: Number(s.lng) }}
                  labels={{ amap: tr("map.amap"), baidu: tr("map.baidu") }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
