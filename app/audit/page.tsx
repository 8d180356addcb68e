import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { latestAuditEvents } from "@/lib/audit/queries";

export default async function AuditHome() {
  const actor = await areaActor("audit");
  if (!actor) return null;
  const [t, format, events] = await Promise.all([
    getTranslations("areas.audit"),
    getFormatter(),
    latestAuditEvents(actor),
  ]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Card title={t("latest")}>
        {events.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-line text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("time")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("action")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("result")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("actor")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("ip")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {events.map((e) => (
                  <tr key={String(e.id)}>
                    <td className="py-1.5 pr-3 whitespace-nowrap">
                      {format.dateTime(e.occurredAt, { dateStyle: "short", timeStyle: "medium" })}
                    </td>
                    <td className="py-1.5 pr-3 font-mono">{e.action}</td>
                    <td className="py-1.5 pr-3">{t(`results.${e.result}`)}</td>
                    <td className="py-1.5 pr-3">{e.actorId ?? "—"}</td>
                    <td className="py-1.5">{e.ip ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
