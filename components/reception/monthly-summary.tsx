// The monthly summary per station, for station admins and staff (321 rule: 一月一总结), printable: sessions held, deputies on duty,
// residents received, suggestions raised and where they stand.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { PrintButton } from "@/components/ui/print-button";
import { SessionStatusBadge } from "./session-status";
import { MonthThreeLists } from "./month-three-lists";
import { managedStationOptions, monthlySummary } from "@/lib/reception/queries";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { parseId } from "@/lib/validation/fields";

export async function MonthlySummary({
  actor,
  sp,
  basePath,
}: {
  actor: Actor;
  sp: { station?: string; month?: string };
  basePath: "/station" | "/staff";
}) {
  const [t, ts, format, stations] = await Promise.all([
    getTranslations("reception"),
    getTranslations("status"),
    getFormatter(),
    managedStationOptions(actor),
  ]);
  const month =
    sp.month && /^\d{4}-(0[1-9]|1[0-2])$/.test(sp.month) ? sp.month : shanghaiDateOf(new Date()).slice(0, 7);
  const stationId = parseId(sp.station) ?? stations[0]?.id;
  const summary = stationId != null ? await monthlySummary(actor, stationId, month) : null;
  return (
    <div className="space-y-5">
      <PageHeader
        title={t("summary.title")}
        intro={summary ? t("summary.heading", { station: summary.station.name, month }) : undefined}
      />
      <form className="print-hidden flex flex-wrap items-end gap-2" action={`${basePath}/summary`}>
        <div>
          <label htmlFor="summary-station" className="mb-1 block font-medium">
            {t("manage.station")}
          </label>
          <select
            id="summary-station"
            name="station"
            defaultValue={stationId}
            className="rounded-md border border-line bg-white px-3 py-2.5"
          >
            {stations.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="summary-month" className="mb-1 block font-medium">
            {t("rota.month")}
          </label>
          <input
            id="summary-month"
            name="month"
            type="month"
            defaultValue={month}
            className="rounded-md border border-line bg-white px-3 py-2"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-md border border-line bg-white px-4">
          {t("summary.show")}
        </button>
        <PrintButton label={t("summary.print")} />
      </form>
      {!summary ? (
        <EmptyState>{t("summary.none")}</EmptyState>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {(
              [
                ["held", summary.totals.held],
                ["deputies", summary.totals.deputies],
                ["residents", summary.totals.residents],
                ["suggestions", summary.totals.suggestions],
              ] as const
            ).map(([k, n]) => (
              <div key={k} className="rounded-lg border border-line bg-white p-3">
                <dt className="text-sm text-muted">{t(`summary.${k}`)}</dt>
                <dd className="text-2xl font-bold">{n}</dd>
              </div>
            ))}
          </dl>
          <MonthThreeLists sessionIds={summary.sessions.map((s) => s.id)} />
          <Card title={t("summary.sessions")}>
            {summary.sessions.length === 0 ? (
              <EmptyState>{t("summary.noSessions")}</EmptyState>
            ) : (
              <table className="w-full text-left text-sm">
                <thead className="text-muted">
                  <tr>
                    <th className="py-2 pr-3 font-medium">{t("manage.when")}</th>
                    <th className="py-2 pr-3 font-medium">{t("manage.theme")}</th>
                    <th className="py-2 pr-3 font-medium">{t("manage.onDuty")}</th>
                    <th className="py-2 pr-3 font-medium">{t("summary.received")}</th>
                    <th className="py-2 font-medium">{t("manage.status")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {summary.sessions.map((s) => (
                    <tr key={s.id}>
                      <td className="py-2 pr-3">
                        <Link href={`${basePath}/sessions/${s.id}`} className="text-brand-700 hover:underline">
                          {format.dateTime(s.startsAt, { dateStyle: "medium", timeStyle: "short" })}
                        </Link>
                      </td>
                      <td className="py-2 pr-3">{s.theme}</td>
                      <td className="py-2 pr-3">
                        {s.deputies
                          .filter((d) => d.attended !== false)
                          .map((d) => d.deputy.name)
                          .join("、")}
                      </td>
                      <td className="py-2 pr-3">{s._count.visits}</td>
                      <td className="py-2">
                        <SessionStatusBadge status={s.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
          <Card title={t("summary.suggestionsTitle")}>
            {summary.suggestionsByStatus.length === 0 ? (
              <EmptyState>{t("summary.noSuggestions")}</EmptyState>
            ) : (
              <ul className="flex flex-wrap gap-3">
                {summary.suggestionsByStatus.map((g) => (
                  <li key={g.status} className="rounded-md border border-line px-3 py-2">
                    {ts(g.status)}：<strong>{g.count}</strong>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      )}
    </div>
  );
}
