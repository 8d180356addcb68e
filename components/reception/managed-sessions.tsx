// Sessions of the stations an admin runs (or of staff's region): the list, a new session, and a month's rota.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { listManagedSessions, managedStationOptions } from "@/lib/reception/queries";
import { shanghaiDateOf, addDays } from "@/lib/calendar/civil-date";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { SessionStatusBadge } from "./session-status";

export async function ManagedSessions({ actor, basePath }: { actor: Actor; basePath: string }) {
  const [t, format, sessions, stations] = await Promise.all([
    getTranslations("reception"),
    getFormatter(),
    listManagedSessions(actor),
    managedStationOptions(actor),
  ]);
  const today = shanghaiDateOf(new Date());
  const nextMonth = addDays(today, 31).slice(0, 7);
  return (
    <div className="space-y-5">
      <PageHeader title={t("manage.title")} intro={t("manage.intro")} />
      <ActionPanel>
        <Card title={t("manage.list")}>
          {sessions.length === 0 ? (
            <EmptyState>{t("manage.empty")}</EmptyState>
          ) : (
            <div className="overflow-x-auto">
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
                  {sessions.map((s) => (
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
            </div>
          )}
        </Card>
        {stations.length > 0 && (
          <div className="grid gap-5 lg:grid-cols-2">
            <Card title={t("manage.create")}>
              {stations.map((st) => (
                <details key={st.id} className="mb-3 rounded-md border border-line p-3" open={stations.length === 1}>
                  <summary className="cursor-pointer font-medium">{st.name}</summary>
                  <div className="mt-3">
                    <StepForm
                      area="reception"
                      op="createSession"
                      idPrefix={`create-${st.id}-`}
                      hidden={{ stationId: st.id }}
                      submitLabel={t("manage.createSubmit")}
                      fields={[
                        { name: "date", label: t("manage.date"), kind: "date", defaultValue: addDays(today, 7) },
                        { name: "startTime", label: t("manage.startTime"), kind: "time", defaultValue: "09:00" },
                        { name: "endTime", label: t("manage.endTime"), kind: "time", defaultValue: "11:30" },
                        { name: "theme", label: t("manage.theme"), kind: "text", max: 120 },
                        { name: "audience", label: t("manage.audience"), kind: "text", max: 120 },
                        { name: "capacity", label: t("manage.capacity"), kind: "number", defaultValue: "10" },
                        {
                          name: "deputyIds",
                          label: t("manage.deputies"),
                          kind: "checkboxes",
                          hint: t("manage.deputiesHint"),
                          options: st.deputies.map((d) => ({ value: String(d.deputy.id), label: d.deputy.name })),
                        },
                        {
                          name: "ruleException",
                          label: t("manage.ruleException"),
                          kind: "textarea",
                          max: 500,
                          hint: t("manage.ruleExceptionHint"),
                        },
                        { name: "publish", label: t("manage.publishNow"), kind: "checkbox" },
                      ]}
                    />
                  </div>
                </details>
              ))}
            </Card>
            <Card title={t("rota.title")}>
              <p className="mb-3 text-sm text-muted">{t("rota.intro")}</p>
              {stations.map((st) => (
                <details key={st.id} className="mb-3 rounded-md border border-line p-3" open={stations.length === 1}>
                  <summary className="cursor-pointer font-medium">{st.name}</summary>
                  <div className="mt-3">
                    <StepForm
                      area="reception"
                      op="generateRota"
                      idPrefix={`rota-${st.id}-`}
                      hidden={{ stationId: st.id }}
                      submitLabel={t("rota.submit")}
                      fields={[
                        { name: "month", label: t("rota.month"), kind: "month", defaultValue: nextMonth },
                        {
                          name: "days",
                          label: t("rota.days"),
                          kind: "text",
                          defaultValue: "15",
                          hint: t("rota.daysHint"),
                          max: 20,
                        },
                        { name: "startTime", label: t("manage.startTime"), kind: "time", defaultValue: "09:00" },
                        { name: "durationMinutes", label: t("rota.duration"), kind: "number", defaultValue: "150" },
                        { name: "capacity", label: t("manage.capacity"), kind: "number", defaultValue: "10" },
                        {
                          name: "theme",
                          label: t("manage.theme"),
                          kind: "text",
                          defaultValue: t("rota.defaultTheme"),
                          max: 120,
                        },
                      ]}
                    />
                  </div>
                </details>
              ))}
            </Card>
          </div>
        )}
      </ActionPanel>
    </div>
  );
}
