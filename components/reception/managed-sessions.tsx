// Sessions of the stations an admin runs (or of staff's region): one month at a time, narrowed by station or area,
// paged; 新建 and 生成排班 lead to their own forms at the top instead of one folded form per station.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { toQueryString, type RawSearchParams } from "@/lib/http/search-params";
import { listSessionsPage, parseSessionListParams, sessionFilterOptions } from "@/lib/reception/session-list";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { SelectField } from "@/components/ui/select-field";
import { KeysetPager } from "@/components/suggestions/keyset-pager";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { SessionStatusBadge } from "./session-status";

/** Stations under their area's name, in the order given (Map.groupBy needs Node 21). */
export function groupByRegion<T extends { regionName: string }>(list: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const s of list) groups.set(s.regionName, [...(groups.get(s.regionName) ?? []), s]);
  return groups;
}

export async function ManagedSessions({
  actor,
  basePath,
  searchParams,
}: {
  actor: Actor;
  basePath: string;
  searchParams: RawSearchParams;
}) {
  const parsed = parseSessionListParams(searchParams);
  const [t, format, page, options] = await Promise.all([
    getTranslations("reception"),
    getFormatter(),
    listSessionsPage(actor, parsed.values),
    sessionFilterOptions(actor),
  ]);
  const { after, ...filters } = parsed.values;
  const kept = { ...filters, month: page.month };
  const forStation = filters.station ? toQueryString({ station: filters.station }) : "";
  const stationGroups = groupByRegion(options.stations);
  return (
    <div className="space-y-5">
      <PageHeader title={t("manage.title")} intro={t("manage.intro")} />
      {options.stations.length > 0 && (
        <div className="flex flex-wrap gap-2">
          <Link href={`${basePath}/new${forStation}`} className={buttonStyles.primary}>
            {t("manage.create")}
          </Link>
          <Link href={`${basePath}/rota${forStation}`} className={buttonStyles.secondary}>
            {t("rota.title")}
          </Link>
        </div>
      )}
      <form
        method="get"
        action={basePath}
        aria-label={t("manage.filters")}
        className="grid grid-cols-2 items-end gap-3 rounded-lg border border-line bg-white p-4 shadow-sm lg:grid-cols-4"
      >
        <div className="min-w-0">
          <label htmlFor="sessions-month" className="mb-1 block font-medium">
            {t("manage.month")}
          </label>
          <input
            id="sessions-month"
            name="month"
            type="month"
            min="2000-01"
            max="2100-12"
            defaultValue={page.month}
            className="block w-full min-w-0 rounded-md border border-line bg-white px-3 py-2 text-base"
          />
        </div>
        {options.areas.length > 0 && (
          <SelectField name="area" label={t("manage.area")} defaultValue={filters.area ? String(filters.area) : ""}>
            <option value="">{t("manage.allAreas")}</option>
            {options.areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.level === "TOWNSHIP" ? `· ${a.name}` : a.name}
              </option>
            ))}
          </SelectField>
        )}
        {options.stations.length > 1 && (
          <SelectField
            name="station"
            label={t("manage.station")}
            defaultValue={filters.station ? String(filters.station) : ""}
          >
            <option value="">{t("manage.allStations")}</option>
            {[...stationGroups].map(([region, list]) => (
              <optgroup key={region} label={region}>
                {list.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
        )}
        <div className="col-span-2 flex flex-wrap gap-2 lg:col-span-1">
          <button type="submit" className={buttonStyles.secondary}>
            {t("manage.apply")}
          </button>
          <Link href={basePath} className={buttonStyles.quiet}>
            {t("manage.clear")}
          </Link>
        </div>
      </form>
      {(parsed.ignored.length > 0 || page.cursorIgnored) && <Alert tone="info">{t("manage.ignored")}</Alert>}
      <ActionPanel>
        <Card
          title={t("manage.list", {
            month: format.dateTime(new Date(`${page.month}-15T12:00:00+08:00`), { year: "numeric", month: "long" }),
          })}
        >
          {page.rows.length === 0 ? (
            <EmptyState>{t("manage.empty")}</EmptyState>
          ) : (
            <ScrollRegion label={t("manage.tableLabel")}>
              <table className="w-full min-w-[40rem] text-left text-sm">
                <thead className="text-muted">
                  <tr>
                    <th className="py-2 pr-3 font-medium">{t("manage.when")}</th>
                    <th className="py-2 pr-3 font-medium">{t("manage.station")}</th>
                    <th className="py-2 pr-3 font-medium">{t("manage.theme")}</th>
                    <th className="py-2 pr-3 font-medium">{t("manage.onDuty")}</th>
                    <th className="py-2 pr-3 font-medium">{t("manage.booked")}</th>
                    <th className="py-2 font-medium">{t("manage.status")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {page.rows.map((s) => (
                    <tr key={s.id}>
                      <td className="py-2 pr-3">
                        <Link href={`${basePath}/${s.id}`} className="font-medium text-brand-700 hover:underline">
                          {format.dateTime(s.startsAt, { dateStyle: "medium", timeStyle: "short" })}
                        </Link>
                      </td>
                      <td className="py-2 pr-3">{s.station.name}</td>
                      <td className="py-2 pr-3">{s.theme}</td>
                      <td className="py-2 pr-3">
                        {s.deputies.map((d) => d.deputy.name).join("、")}
                        {s.ruleException && (
                          <span className="block text-xs text-amber-800">{t("manage.exception")}</span>
                        )}
                      </td>
                      <td className="py-2 pr-3">
                        {s.bookedCount}/{s.capacity}
                      </td>
                      <td className="py-2">
                        <SessionStatusBadge status={s.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          <KeysetPager
            label={t("manage.pager")}
            nextHref={page.next ? `${basePath}${toQueryString({ ...kept, after: page.next })}` : null}
            firstHref={after ? `${basePath}${toQueryString(kept)}` : null}
            nextLabel={t("manage.nextPage")}
            firstLabel={t("manage.firstPage")}
          />
        </Card>
      </ActionPanel>
    </div>
  );
}
