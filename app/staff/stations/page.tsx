// The committee's station register: stations of the staff member's region, filtered by area, kind and state,
// paged; and the form for a new station.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { areaActor } from "@/components/layout/area-layout";
import { ImportLinks } from "@/components/import/import-links";
import { StationForm } from "@/components/places/station-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { buttonStyles } from "@/components/ui/button-styles";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { parseSearchParams, type RawSearchParams, idParam } from "@/lib/http/search-params";
import { tileConfig } from "@/lib/map-tiles";
import {
  STATIONS_PER_PAGE,
  listStationsForStaff,
  nearbyStationPoints,
  parentOptions,
  regionOptions,
} from "@/lib/stations/staff-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("places"))("stations.title") };
}

const filtersSchema = z.object({
  region: idParam.optional(),
  kind: z.enum(["HOME", "STATION", "POINT"]).optional(),
  state: z.enum(["open", "closed"]).optional(),
  q: z.string().trim().max(40).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
});

const control = "block w-full rounded-md border border-line bg-white px-3 py-2 text-base";

export default async function StaffStationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const { values: f } = parseSearchParams(filtersSchema, await searchParams);
  const active = f.state === "open" ? true : f.state === "closed" ? false : undefined;
  const [t, list, regions, parents, others] = await Promise.all([
    getTranslations("places"),
    listStationsForStaff(actor, { regionId: f.region, kind: f.kind, active, q: f.q, page: f.page }),
    regionOptions(actor),
    parentOptions(actor),
    nearbyStationPoints(actor),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / STATIONS_PER_PAGE));
  const link = (page: number) => {
    const p = new URLSearchParams();
    if (f.region) p.set("region", String(f.region));
    if (f.kind) p.set("kind", f.kind);
    if (f.state) p.set("state", f.state);
    if (f.q) p.set("q", f.q);
    p.set("page", String(page));
    return `/staff/stations?${p.toString()}`;
  };
  const regionOpts = regions.map((r) => ({ value: String(r.id), label: `${t(`level.${r.level}`)} · ${r.name}` }));
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("stations.title")} intro={t("stations.intro")} />
      <ImportLinks kind="stations" />
      <form method="get" action="/staff/stations" role="search" className="grid gap-3 sm:grid-cols-5 sm:items-end">
        <div>
          <label htmlFor="st-q" className="mb-1 block font-medium">
            {t("stations.search")}
          </label>
          <input id="st-q" name="q" defaultValue={f.q ?? ""} maxLength={40} className={control} />
        </div>
        <div>
          <label htmlFor="st-region" className="mb-1 block font-medium">
            {t("stations.area")}
          </label>
          <select id="st-region" name="region" defaultValue={f.region ?? ""} className={control}>
            <option value="">{t("stations.all")}</option>
            {regionOpts.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="st-kind" className="mb-1 block font-medium">
            {t("form.kind")}
          </label>
          <select id="st-kind" name="kind" defaultValue={f.kind ?? ""} className={control}>
            <option value="">{t("stations.all")}</option>
            {(["HOME", "STATION", "POINT"] as const).map((k) => (
              <option key={k} value={k}>
                {t(`form.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="st-state" className="mb-1 block font-medium">
            {t("stations.state")}
          </label>
          <select id="st-state" name="state" defaultValue={f.state ?? ""} className={control}>
            <option value="">{t("stations.all")}</option>
            <option value="open">{t("stations.open")}</option>
            <option value="closed">{t("stations.closed")}</option>
          </select>
        </div>
        <button type="submit" className={buttonStyles.primary}>
          {t("stations.filter")}
        </button>
      </form>
      <p className="text-sm text-muted">{t("stations.count", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <EmptyState>{t("stations.empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {list.rows.map((s) => (
            <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 px-4 py-3">
              <span className="min-w-0">
                <span className="mr-2 font-mono text-sm text-muted">{s.code}</span>
                <Link href={`/staff/stations/${s.id}`} className="font-medium text-brand-700 underline">
                  {s.name}
                </Link>
                {!s.active && (
                  <span className="ml-2 rounded bg-gray-200 px-1.5 py-0.5 text-xs">{t("stations.closed")}</span>
                )}
              </span>
              <span className="text-sm text-muted">
                {t(`form.kinds.${s.kind}`)} · {s.region.name}
                {s.parent ? ` · ${t("stations.under", { name: s.parent.name })}` : ""} ·{" "}
                {t("stations.stars", { count: s.starLevel })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={t("stations.pages")} className="flex items-center justify-between gap-3">
          {f.page > 1 ? (
            <Link href={link(f.page - 1)} className={buttonStyles.secondary}>
              {t("stations.prev")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-muted">{t("stations.pageOf", { page: f.page, pages })}</span>
          {f.page < pages ? (
            <Link href={link(f.page + 1)} className={buttonStyles.secondary}>
              {t("stations.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
      <Card title={t("stations.newTitle")}>
        <ActionPanel>
          <StationForm
            initial={{ kind: "STATION" }}
            regions={regionOpts}
            parents={parents.map((p) => ({ value: String(p.id), label: `${t(`form.kinds.${p.kind}`)} · ${p.name}` }))}
            tiles={tileConfig()}
            others={others}
          />
        </ActionPanel>
      </Card>
    </div>
  );
}
