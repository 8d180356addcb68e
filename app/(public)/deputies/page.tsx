// 找我的代表: a resident picks their district (the /stations area picker) and street or township, and sees the
// deputies of every level elected there and the stations nearby; "near me" asks the browser for a position only
// when pressed and keeps it in the browser (components/stations/near-me.tsx).
import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { listPublicStations, publicAreaOptions } from "@/lib/stations/queries";
import { deputiesElectedAt, townshipsOf } from "@/lib/deputies/deputies-elected-at";
import { parseSearchParams, type RawSearchParams, idParam } from "@/lib/http/search-params";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonStyles } from "@/components/ui/button-styles";
import { AreaSelect } from "@/components/stations/area-select";
import { NearMe } from "@/components/stations/near-me";
import { PublicPhoto } from "@/components/photos/public-photo";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myDeputies"))("title") };
}

const filtersSchema = z.object({ area: idParam.optional(), town: idParam.optional() });
const control = "block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base";
const NEARBY_STATIONS = 6;

/** The stations of the street, or of the district when the street has none. */
async function nearbyStations(placeId: number, areaId: number) {
  const here = await listPublicStations({ area: placeId });
  return here.rows.length > 0 || placeId === areaId ? here : listPublicStations({ area: areaId });
}

export default async function FindMyDeputiesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { values: f } = parseSearchParams(filtersSchema, await searchParams);
  const [t, tl, areas] = await Promise.all([
    getTranslations("myDeputies"),
    getTranslations("deputyLevel"),
    publicAreaOptions(),
  ]);
  const area = areas.find((a) => a.id === f.area);
  const towns = area?.level === "DISTRICT" ? await townshipsOf(area.id) : [];
  const town = towns.find((x) => x.id === f.town);
  const placeId = town?.id ?? area?.id;
  const [found, stations] = placeId
    ? await Promise.all([deputiesElectedAt(placeId), nearbyStations(placeId, area!.id)])
    : [null, null];
  const total = found?.levels.reduce((n, l) => n + l.deputies.length, 0) ?? 0;
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} intro={t("intro")} />
      <form
        action="/deputies"
        className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      >
        <div>
          <label htmlFor="area" className="mb-1 block font-medium">
            {t("areaLabel")}
          </label>
          <AreaSelect
            id="area"
            areas={areas}
            defaultValue={area?.id}
            emptyLabel={t("pickArea")}
            className={control}
            required
          />
        </div>
        {towns.length > 0 && (
          <div>
            <label htmlFor="town" className="mb-1 block font-medium">
              {t("townLabel")}
            </label>
            <select id="town" name="town" defaultValue={town?.id ?? ""} className={control}>
              <option value="">{t("allTowns")}</option>
              {towns.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className={`${buttonStyles.primary} sm:col-start-3`}>
          {t("show")}
        </button>
      </form>

      {!found ? (
        <EmptyState>{t("start")}</EmptyState>
      ) : (
        <section aria-labelledby="elected" className="space-y-4">
          <h2 id="elected" className="text-xl font-semibold">
            {t("heading", { place: found.region.name })}
          </h2>
          {total === 0 && <EmptyState>{t("noneAtAll")}</EmptyState>}
          {towns.length > 0 && !town && <p className="text-sm text-muted">{t("pickTownHint")}</p>}
          {found.levels
            .filter((l) => l.deputies.length > 0)
            .map(({ level, deputies }) => (
              <Card
                key={level}
                headingLevel={3}
                title={`${tl(level)} · ${t("levelCount", { count: deputies.length })}`}
              >
                <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid={`deputies-${level}`}>
                  {deputies.map((d) => (
                    <li key={d.id} className="flex items-center gap-3 rounded-md border border-line px-3 py-2">
                      {d.photoKey && (
                        <PublicPhoto
                          photo={{ key: d.photoKey, alt: null }}
                          size="thumb"
                          // The name is beside it: the picture adds nothing a screen reader should say twice.
                          fallbackAlt=""
                          className="h-12 w-12 shrink-0 rounded-full object-cover"
                        />
                      )}
                      <div className="min-w-0">
                        <p className="font-medium">
                          <Link
                            href={`/deputies/${d.id}`}
                            className="text-brand-700 underline-offset-4 hover:underline"
                          >
                            {d.name}
                          </Link>
                        </p>
                        <p className="text-sm text-muted">
                          {[d.occupation, d.constituency ? t("constituency", { name: d.constituency }) : d.regionName]
                            .filter(Boolean)
                            .join(" · ")}
                        </p>
                      </div>
                    </li>
                  ))}
                </ul>
              </Card>
            ))}
          <Card headingLevel={3} title={t("stations")}>
            {!stations || stations.rows.length === 0 ? (
              <EmptyState>{t("noStations")}</EmptyState>
            ) : (
              <ul className="divide-y divide-line">
                {stations.rows.slice(0, NEARBY_STATIONS).map((s) => (
                  <li key={s.id} className="py-2">
                    <Link
                      href={`/stations/${s.id}`}
                      className="font-medium text-brand-700 underline-offset-4 hover:underline"
                    >
                      {s.name}
                    </Link>
                    <p className="text-sm text-muted">{s.address}</p>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-3">
              <Link
                href={`/stations?area=${area!.id}`}
                className="text-sm text-brand-700 underline-offset-4 hover:underline"
              >
                {t("allStations", { place: area!.name })}
              </Link>
            </p>
          </Card>
        </section>
      )}
      <NearMe pointsUrl="/api/stations/points" />
    </div>
  );
}
