// The staff queue's filter form: a plain GET form (works without JavaScript; the result is a shareable link).
// Stations are offered once an area is chosen: a city has hundreds and a province thousands, too many for one list.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/ui/button-styles";
import { SelectField } from "@/components/ui/select-field";
import { SuggestionKind, SuggestionSource } from "@/lib/generated/prisma/enums";
import type { QueueFilters } from "@/lib/suggestions/staff-queue";
import { MAX_STATION_OPTIONS, type QueueOptions } from "@/lib/suggestions/staff-queue-options";
import { ALL_STATUSES } from "@/lib/suggestions/workflow";

const inputStyles =
  "block w-full min-w-0 rounded-md border border-line bg-white px-3 py-2 text-base focus:border-blue-700";

type RegionGroup = { label: string; options: { id: number; label: string }[] };

function groupRegions(regions: QueueOptions["regions"], whole: (name: string) => string): RegionGroup[] {
  const groups: RegionGroup[] = [];
  for (const r of regions) {
    const last = groups.at(-1);
    if (r.level === "DISTRICT") groups.push({ label: r.name, options: [{ id: r.id, label: whole(r.name) }] });
    else if (last && r.districtName === last.label) last.options.push({ id: r.id, label: r.name });
    else groups.push({ label: r.districtName ?? r.name, options: [{ id: r.id, label: r.name }] });
  }
  return groups;
}

function groupStations(stations: NonNullable<QueueOptions["stations"]>) {
  const groups: { label: string; options: { id: number; name: string }[] }[] = [];
  for (const s of stations) {
    const last = groups.at(-1);
    if (last && last.label === s.regionName) last.options.push({ id: s.id, name: s.name });
    else groups.push({ label: s.regionName, options: [{ id: s.id, name: s.name }] });
  }
  return groups;
}

/** `open`: show the fields at once (desktop, or when filters are set); else only the summary line (phones). */
export async function QueueFilters({
  filters,
  options,
  action,
  open,
}: {
  filters: QueueFilters;
  options: QueueOptions;
  action: string;
  open: boolean;
}) {
  const [t, ts, tsrc, tk] = await Promise.all([
    getTranslations("queue"),
    getTranslations("status"),
    getTranslations("source"),
    getTranslations("kind"),
  ]);
  const regionGroups = groupRegions(options.regions, (name) => t("wholeRegion", { name }));
  const active = Object.entries(filters).filter(([k, v]) => k !== "after" && v !== undefined).length;
  return (
    <details open={open} className="group rounded-lg border border-line bg-white shadow-sm">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 py-2 font-medium select-none [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-90">
          ▸
        </span>
        {t("filters")}
        {active > 0 && <span className="text-sm font-normal text-muted">{t("activeFilters", { count: active })}</span>}
      </summary>
      <form method="get" action={action} aria-label={t("filters")} className="border-t border-line p-4">
        {/* The search box's words stay when the filters change. */}
        {filters.q && <input type="hidden" name="q" value={filters.q} />}
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <SelectField name="stage" label={t("stage")} defaultValue={filters.stage ?? ""}>
            <option value="">{t("stageTriage")}</option>
            <option value="open">{t("stageOpen")}</option>
            {ALL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </SelectField>
          <SelectField name="due" label={t("due")} defaultValue={filters.due ?? ""}>
            <option value="">{t("dueAny")}</option>
            <option value="overdue">{t("dueOverdue")}</option>
            <option value="soon">{t("dueSoon")}</option>
            <option value="ontime">{t("dueOnTime")}</option>
          </SelectField>
          <SelectField name="sort" label={t("sort")} defaultValue={filters.sort ?? ""}>
            <option value="">{t("sortNewest")}</option>
            <option value="light">{t("sortLight")}</option>
          </SelectField>
          <SelectField
            name="category"
            label={t("category")}
            defaultValue={filters.category ? String(filters.category) : ""}
          >
            <option value="">{t("allCategories")}</option>
            {options.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <SelectField name="source" label={t("source")} defaultValue={filters.source ?? ""}>
            <option value="">{t("allSources")}</option>
            {Object.values(SuggestionSource).map((s) => (
              <option key={s} value={s}>
                {tsrc(s)}
              </option>
            ))}
          </SelectField>
          <SelectField name="kind" label={t("kind")} defaultValue={filters.kind ?? ""}>
            <option value="">{t("allKinds")}</option>
            {Object.values(SuggestionKind).map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </SelectField>
          <SelectField name="region" label={t("region")} defaultValue={filters.region ? String(filters.region) : ""}>
            <option value="">{t("allRegions")}</option>
            {regionGroups.map((g) => (
              <optgroup key={`${g.label}-${g.options[0].id}`} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          {options.stations ? (
            <SelectField
              name="station"
              label={t("station")}
              defaultValue={filters.station ? String(filters.station) : ""}
              aria-describedby={options.stationsTruncated ? "station-hint" : undefined}
              className="col-span-2"
            >
              <option value="">{t("allStations")}</option>
              {groupStations(options.stations).map((g) => (
                <optgroup key={`${g.label}-${g.options[0].id}`} label={g.label}>
                  {g.options.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </SelectField>
          ) : (
            <div className="col-span-2">
              <p className="mb-1 font-medium">{t("station")}</p>
              <p className="rounded-md border border-dashed border-line px-3 py-2 text-sm text-muted">
                {t("stationNeedsRegion")}
              </p>
            </div>
          )}
          {options.stationsTruncated && (
            <p id="station-hint" className="col-span-2 text-sm text-muted lg:col-span-4">
              {t("stationsTruncated", { count: MAX_STATION_OPTIONS })}
            </p>
          )}
          <div className="min-w-0">
            <label htmlFor="from" className="mb-1 block font-medium">
              {t("from")}
            </label>
            <input
              id="from"
              name="from"
              type="date"
              min="1970-01-01"
              max="2099-12-31"
              defaultValue={filters.from ?? ""}
              className={inputStyles}
            />
          </div>
          <div className="min-w-0">
            <label htmlFor="to" className="mb-1 block font-medium">
              {t("to")}
            </label>
            <input
              id="to"
              name="to"
              type="date"
              min="1970-01-01"
              max="2099-12-31"
              defaultValue={filters.to ?? ""}
              className={inputStyles}
            />
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-2">
          <button type="submit" className={buttonStyles.primary}>
            {t("apply")}
          </button>
          <Link href={action} className={buttonStyles.quiet}>
            {t("clear")}
          </Link>
        </div>
      </form>
    </details>
  );
}
