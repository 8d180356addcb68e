// The duty-activity register of staff (their region) and station admins (their stations): record a new activity
// and open the ones recorded. The use cases check role and scope again.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { ACTIVITY_KINDS } from "@/lib/activities/kinds";
import { activityFormOptions, listActivities } from "@/lib/activities/queries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { StepForm } from "@/components/forms/step-form";

export async function ActivitiesPage({ actor, basePath }: { actor: Actor; basePath: "/staff" | "/station" }) {
  const [t, format, options, rows] = await Promise.all([
    getTranslations("activities"),
    getFormatter(),
    activityFormOptions(actor),
    listActivities(actor),
  ]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Card title={t("form.title")}>
        <p className="mb-3 text-sm text-muted">{t("form.deputiesHint")}</p>
        <StepForm
          area="activityCreate"
          op="createActivity"

          submitLabel={t("form.submit")}
          layout="columns"
          fields={[
            {
              name: "kind",
              label: t("form.kind"),
              kind: "select",
              options: ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })),
            },
            {
              name: "stationId",
              label: t("form.station"),
              kind: "select",
              options: options.stations.map((s) => ({ value: String(s.id), label: s.name })),
              defaultValue:
                basePath === "/station" && options.stations.length === 1 ? String(options.stations[0].id) : "",
              hint: basePath === "/staff" ? t("form.stationHint") : undefined,
            },
            { name: "startsAt", label: t("form.startsAt"), kind: "datetime-local" },
            { name: "endsAt", label: t("form.endsAt"), kind: "datetime-local" },
            { name: "place", label: t("form.place"), kind: "text", max: 120 },
            { name: "theme", label: t("form.theme"), kind: "text", max: 120 },
            {
              name: "deputyIds",
              label: t("form.deputies"),
              kind: "checkboxes",
              options: options.deputies.map((d) => ({ value: String(d.id), label: d.name })),
            },
            {
              name: "ratingDays",
              label: t("form.ratingDays"),
              kind: "number",
              defaultValue: "7",
              hint: t("form.ratingDaysHint"),
            },
          ]}
        />
      </Card>
      <Card title={t("list.title")}>
        {rows.length === 0 ? (
          <EmptyState>{t("list.empty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {rows.map((a) => (
              <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
                <div>
                  <Link href={`${basePath}/activities/${a.id}`} className="font-medium hover:text-brand-700">
                    【{t(`kind.${a.kind}`)}】{a.theme}
                  </Link>
                  <p className="text-sm text-muted">
                    {format.dateTime(a.startsAt, { dateStyle: "medium", timeStyle: "short" })} · {a.place} ·{" "}
                    {a.station?.name ?? t("list.regionWide")}
                  </p>
                </div>
                <p className="text-sm text-muted">
                  {t("list.attended", {
                    attended: a.deputies.filter((d) => d.attended).length,
                    total: a.deputies.length,
                  })}
                  {a._count.issues > 0 ? ` · ${t("list.issues", { count: a._count.issues })}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
