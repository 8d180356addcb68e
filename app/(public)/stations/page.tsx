import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  PUBLIC_PAGE_SIZE,
  listPublicStations,
  publicAreaOptions,
  type PublicStationFilters,
} from "@/lib/stations/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { buttonStyles } from "@/components/ui/button-styles";
import { StarLevel } from "@/components/stations/star-level";
import { StationMap } from "@/components/stations/station-map";
import { NearMe } from "@/components/stations/near-me";
import { NavigateLinks } from "@/components/stations/navigate-links";
import { AreaSelect } from "@/components/stations/area-select";
import { parseSearchParams, type RawSearchParams, idParam } from "@/lib/http/search-params";
import { tileConfig } from "@/lib/map-tiles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stations"))("title") };
}

const filtersSchema = z.object({
  q: z.string().max(40).optional(),
  area: idParam.optional(),
  kind: z.enum(["HOME", "STATION", "POINT"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

const control = "block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base";

// At province scale (4,000 stations) the list is filtered by area and kind and paged; the map fetches its points
// separately and clusters them; "near me" is computed in the browser (components/stations/near-me.tsx).
type ListedStation = Awaited<ReturnType<typeof listPublicStations>>["rows"][number];

/** The page's stations under their district's name (a township's station under its district), in list order. */
function byDistrict(stations: ListedStation[]): [string, ListedStation[]][] {
  const groups = new Map<string, ListedStation[]>();
  for (const s of stations) {
    const district = s.region.level === "DISTRICT" || !s.region.parent ? s.region.name : s.region.parent.name;
    groups.set(district, [...(groups.get(district) ?? []), s]);
  }
  return [...groups];
}

export default async function StationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { values: f } = parseSearchParams(filtersSchema, await searchParams);
  const query = f.q ?? "";
  const filters: PublicStationFilters = { q: query, area: f.area, kind: f.kind, page: f.page };
  const [t, tr, tm, { rows: stations, total }, areas] = await Promise.all([
    getTranslations("stations"),
    getTranslations("reception"),
    getTranslations("myDeputies"),
    listPublicStations(filters),
    publicAreaOptions(),
  ]);
  const tiles = tileConfig();
  const filtered = Boolean(query || f.area || f.kind);
  const pages = Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE));
  const href = (page: number) => {
    const p = new URLSearchParams();
    if (query) p.set("q", query);
    if (f.area) p.set("area", String(f.area));
    if (f.kind) p.set("kind", f.kind);
    if (page > 1) p.set("page", String(page));
    const qs = p.toString();
    return qs ? `/stations?${qs}` : "/stations";
  };
  const pointsQuery = new URLSearchParams();
  if (f.area) pointsQuery.set("area", String(f.area));
  if (f.kind) pointsQuery.set("kind", f.kind);
  const pointsUrl = `/api/stations/points${pointsQuery.size ? `?${pointsQuery.toString()}` : ""}`;
  return (
    <div>
      <PageHeader
        title={t("title")}
        intro={filtered ? t("resultCount", { count: total }) : t("intro", { count: total })}
      />
      <form role="search" action="/stations" className="mb-5 grid gap-2 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
        <div className="min-w-0">
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
            className={control}
          />
        </div>
        <div>
          <label htmlFor="area" className="mb-1 block font-medium">
            {t("areaLabel")}
          </label>
          <AreaSelect id="area" areas={areas} defaultValue={f.area} emptyLabel={t("allAreas")} className={control} />
        </div>
        <div>
          <label htmlFor="kind" className="mb-1 block font-medium">
            {t("kindLabel")}
          </label>
          <select id="kind" name="kind" defaultValue={f.kind ?? ""} className={control}>
            <option value="">{t("allKinds")}</option>
            {(["HOME", "STATION", "POINT"] as const).map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonStyles.primary}>
            {t("search")}
          </button>
          {filtered && (
            <Link href="/stations" className={buttonStyles.quiet}>
              {t("clear")}
            </Link>
          )}
        </div>
      </form>
      <p className="mb-3">
        <Link href="/deputies" className="font-medium text-brand-700 underline-offset-4 hover:underline">
          {tm("stationsLink")}
        </Link>
      </p>
      <NearMe pointsUrl="/api/stations/points" />
      {tiles && (
        <StationMap pointsUrl={pointsUrl} tiles={tiles} label={tr("map.label")} tilesFailed={tr("map.tilesFailed")} />
      )}
      {stations.length === 0 ? (
        <EmptyState>{filtered ? t("empty") : t("noneYet")}</EmptyState>
      ) : (
        <div className="space-y-6">
          {byDistrict(stations).map(([district, list]) => (
            <section key={district} aria-labelledby={`district-${list[0].id}`}>
              <h2 id={`district-${list[0].id}`} className="mb-2 text-lg font-semibold">
                {district}
              </h2>
              <ul className="grid gap-3 sm:grid-cols-2">
                {list.map((s) => (
                  <li key={s.id} className="rounded-lg border border-line bg-white p-4 shadow-sm">
                    <h3 className="font-semibold">
                      <Link href={`/stations/${s.id}`} className="text-ink hover:text-brand-700">
                        {s.name}
                      </Link>
                    </h3>
                    <p className="mt-0.5 text-sm text-muted">
                      {s.region.level === "DISTRICT" ? "" : `${s.region.name} · `}
                      {t(`kind.${s.kind}`)}
                    </p>
                    <p className="mt-1 text-sm">{s.address}</p>
                    <p className="mt-1 flex flex-wrap items-center gap-x-3 text-sm text-muted">
                      <StarLevel level={s.starLevel} label={t("stars", { count: s.starLevel })} />
                      <span>{s.openingHours}</span>
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
            </section>
          ))}
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t("pages")} className="mt-5 flex items-center justify-between gap-3">
          {f.page > 1 ? (
            <Link href={href(f.page - 1)} className={buttonStyles.secondary}>
              {t("prev")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-muted">{t("pageOf", { page: f.page, pages })}</span>
          {f.page < pages ? (
            <Link href={href(f.page + 1)} className={buttonStyles.secondary}>
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
