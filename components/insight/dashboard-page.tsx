// The dashboard of an area that oversees suggestions (leaders at /leader, staff at /staff/dashboard): the
// figures of a slice, the same broken down by area, category and lead unit, each number a link to its list.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/card";
import type { RawSearchParams } from "@/lib/http/search-params";
import { toQueryString } from "@/lib/http/search-params";
import { loadDashboard } from "@/lib/insight/dashboard";
import { parseSlice, resolveSlice } from "@/lib/insight/filters";
import { unitOptions } from "@/lib/insight/options";
import { queueFilterOptions } from "@/lib/suggestions/staff-queue-options";
import { BreakdownTable } from "./breakdown-table";
import { FiguresPanel } from "./figures-panel";
import { exportHref, INSIGHT_PATHS, type InsightArea } from "./paths";
import { SliceForm } from "./slice-form";

export function insightDashboardPage(area: InsightArea) {
  return async function InsightDashboardPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
    const actor = await areaActor(area);
    if (!actor) return null;
    const parsed = parseSlice(await searchParams);
    const { slice, ignored } = await resolveSlice(actor, parsed.values);
    const [t, format, dash, options, units] = await Promise.all([
      getTranslations("insight"),
      getFormatter(),
      loadDashboard(slice),
      queueFilterOptions(actor, slice),
      unitOptions(actor),
    ]);
    const thisRegion = Number(slice.regionPath.split("/").filter(Boolean).at(-1));
    const bad = [...parsed.ignored, ...ignored];
    return (
      <div className="min-w-0 space-y-4">
        <PageHeader title={t("dashboardTitle")} intro={t("dashboardIntro")} />
        <SliceForm slice={slice} options={options} units={units} action={INSIGHT_PATHS[area].dashboard} />
        {bad.length > 0 && (
          <Alert tone="info">{t("ignored", { fields: bad.map((k) => (t.has(k) ? t(k) : k)).join("、") })}</Alert>
        )}
        <p className="text-sm text-muted">
          {t("asOf", {
            from: slice.from,
            to: slice.to,
            at: dash.refreshedAt
              ? format.dateTime(dash.refreshedAt, {
                  month: "2-digit",
                  day: "2-digit",
                  hour: "2-digit",
                  minute: "2-digit",
                })
              : "—",
          })}
        </p>
        <div className="flex flex-wrap gap-2 print:hidden">
          <a href={exportHref(slice, { table: "figures" })} className={buttonStyles.secondary}>
            {t("exportFigures")}
          </a>
          <Link
            href={`${INSIGHT_PATHS[area].report}${toQueryString({ month: slice.to.slice(0, 7), region: slice.region, station: slice.station })}`}
            className={buttonStyles.quiet}
          >
            {t("monthlyReport")}
          </Link>
        </div>
        <FiguresPanel area={area} slice={slice} figures={dash.totals} />
        <BreakdownTable
          area={area}
          slice={slice}
          title={t("byRegion")}
          rows={dash.byRegion}
          over={(r) => (r.id == null ? { region: thisRegion, exact: "1" } : { region: r.id })}
        />
        <BreakdownTable
          area={area}
          slice={slice}
          title={t("byCategory")}
          rows={dash.byCategory}
          over={(r) => ({ category: r.id ?? undefined })}
        />
        <BreakdownTable
          area={area}
          slice={slice}
          title={t("byUnit")}
          rows={dash.byUnit}
          over={(r) => ({ unit: r.id ?? undefined })}
        />
        <p className="text-sm text-muted">{t("definitionsNote")}</p>
      </div>
    );
  };
}
