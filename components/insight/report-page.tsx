// The printable monthly report of a region or a station (issue 5): the month's figures, by area (or, for a
// station, by category) and by lead unit. Same numbers as the dashboard for that month and place; on paper the
// navigation, the form and the links' colours drop away (print styles below).
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { areaActor } from "@/components/layout/area-layout";
import { buttonStyles } from "@/components/ui/button-styles";
import { SelectField } from "@/components/ui/select-field";
import { db } from "@/lib/db";
import { idParam, parseSearchParams, type RawSearchParams } from "@/lib/http/search-params";
import { loadDashboard } from "@/lib/insight/dashboard";
import { monthBounds, resolveSlice } from "@/lib/insight/filters";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { queueFilterOptions } from "@/lib/suggestions/staff-queue-options";
import { BreakdownTable } from "./breakdown-table";
import { FiguresPanel } from "./figures-panel";
import { INSIGHT_PATHS, type InsightArea } from "./paths";

const reportSchema = z.strictObject({
  month: z
    .string()
    .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/)
    .optional(),
  region: idParam.optional(),
  station: idParam.optional(),
});

// Paper: only the report. The area's navigation and the site header are not part of it.
const PRINT_CSS = `@media print {
  body > header, body > footer, nav, form, .print-hidden { display: none !important; }
  main, main * { color: #000 !important; }
  .grid:has(> nav) { display: block !important; }
  section { break-inside: avoid; box-shadow: none !important; }
  .overflow-x-auto { overflow: visible !important; }
  table { min-width: 0 !important; font-size: 9pt; }
}`;

export function insightReportPage(area: InsightArea) {
  return async function InsightReportPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
    const actor = await areaActor(area);
    if (!actor) return null;
    const { values } = parseSearchParams(reportSchema, await searchParams);
    const month = values.month ?? shanghaiDateOf(new Date()).slice(0, 7);
    const { slice } = await resolveSlice(actor, {
      ...monthBounds(month),
      region: values.region,
      station: values.station,
    });
    const [t, tr, dash, options, place] = await Promise.all([
      getTranslations("insight"),
      getTranslations("insightReport"),
      loadDashboard(slice),
      queueFilterOptions(actor, slice),
      slice.station
        ? db.station.findUnique({ where: { id: slice.station }, select: { name: true } })
        : db.region.findFirst({ where: { path: slice.regionPath }, select: { name: true } }),
    ]);
    const [y, m] = month.split("-");
    return (
      <article className="min-w-0 space-y-4">
        <style>{PRINT_CSS}</style>
        <form
          method="get"
          action={INSIGHT_PATHS[area].report}
          aria-label={tr("form")}
          className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4 shadow-sm"
        >
          <div>
            <label htmlFor="month" className="mb-1 block font-medium">
              {tr("month")}
            </label>
            <input
              id="month"
              name="month"
              type="month"
              defaultValue={month}
              className="block rounded-md border border-line px-3 py-2"
            />
          </div>
          <SelectField name="region" label={t("region")} defaultValue={slice.region ? String(slice.region) : ""}>
            <option value="">{t("allRegions")}</option>
            {options.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.level === "TOWNSHIP" && r.districtName ? `${r.districtName} · ${r.name}` : r.name}
              </option>
            ))}
          </SelectField>
          {options.stations && (
            <SelectField name="station" label={t("station")} defaultValue={slice.station ? String(slice.station) : ""}>
              <option value="">{t("allStations")}</option>
              {options.stations.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </SelectField>
          )}
          <button type="submit" className={buttonStyles.primary}>
            {t("apply")}
          </button>
          <p className="w-full text-sm text-muted">{tr("printHint")}</p>
        </form>
        <header>
          <h1 className="text-2xl font-bold">
            {tr("title", { place: place?.name ?? "", year: y, month: String(Number(m)) })}
          </h1>
          <p className="text-muted">{tr("subtitle", { from: slice.from, to: slice.to })}</p>
        </header>
        <FiguresPanel area={area} slice={slice} figures={dash.totals} />
        {slice.station ? (
          <BreakdownTable
            area={area}
            slice={slice}
            title={t("byCategory")}
            rows={dash.byCategory}
            over={(r) => ({ category: r.id ?? undefined })}
          />
        ) : (
          <BreakdownTable
            area={area}
            slice={slice}
            title={t("byRegion")}
            rows={dash.byRegion}
            over={(r) =>
              r.id == null
                ? { region: Number(slice.regionPath.split("/").filter(Boolean).at(-1)), exact: "1" }
                : { region: r.id }
            }
          />
        )}
        <BreakdownTable
          area={area}
          slice={slice}
          title={t("byUnit")}
          rows={dash.byUnit}
          over={(r) => ({ unit: r.id ?? undefined })}
          limit={30}
        />
        <p className="text-sm text-muted">{t("definitionsNote")}</p>
      </article>
    );
  };
}
