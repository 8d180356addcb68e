// 新建接待活动 and 生成月度排班 on their own page: first the station (skipped when there is only one, or the list was
// already narrowed to one), then the form for that station with its own deputies.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import type { RawSearchParams } from "@/lib/http/search-params";
import { addDays, shanghaiDateOf } from "@/lib/calendar/civil-date";
import { managedStation } from "@/lib/reception/queries";
import { sessionFilterOptions } from "@/lib/reception/session-list";
import { parseId } from "@/lib/validation/fields";
import { buttonStyles } from "@/components/ui/button-styles";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { groupByRegion } from "./managed-sessions";
import { StepForm } from "@/components/forms/step-form";

export async function SessionPlanPage({
  actor,
  basePath,
  kind,
  searchParams,
}: {
  actor: Actor;
  basePath: string;
  kind: "new" | "rota";
  searchParams: RawSearchParams;
}) {
  const t = await getTranslations("reception");
  const title = kind === "new" ? t("manage.create") : t("rota.title");
  const { stations } = await sessionFilterOptions(actor);
  const chosen = parseId(searchParams.station) ?? (stations.length === 1 ? stations[0].id : null);
  const back = (
    <Link href={basePath} className="text-brand-700 underline">
      {t("manage.backToList")}
    </Link>
  );
  if (chosen == null) {
    return (
      <div className="space-y-5">
        {back}
        <PageHeader title={title} intro={t("manage.pickStation")} />
        {stations.length === 0 ? (
          <EmptyState>{t("manage.noStations")}</EmptyState>
        ) : (
          <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4">
            <SelectField name="station" label={t("manage.station")} className="min-w-64 flex-1" required>
              {[...groupByRegion(stations)].map(([region, list]) => (
                <optgroup key={region} label={region}>
                  {list.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </SelectField>
            <button type="submit" className={buttonStyles.primary}>
              {t("manage.continue")}
            </button>
          </form>
        )}
      </div>
    );
  }
  const st = await managedStation(actor, chosen);
  if (!st) notFound();
  const today = shanghaiDateOf(new Date());
  return (
    <div className="space-y-5">
      {back}
      <PageHeader title={title} intro={t("manage.atStation", { station: st.name })} />
      {stations.length > 1 && (
        <Link href={`${basePath}/${kind}`} className="text-sm text-brand-700 underline">
          {t("manage.otherStation")}
        </Link>
      )}
      <ActionPanel>
        <Card>
          {kind === "new" ? (
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
          ) : (
            <>
              <p className="mb-3 text-sm text-muted">{t("rota.intro")}</p>
              <StepForm
                area="reception"
                op="generateRota"
                idPrefix={`rota-${st.id}-`}
                hidden={{ stationId: st.id }}
                submitLabel={t("rota.submit")}
                fields={[
                  {
                    name: "month",
                    label: t("rota.month"),
                    kind: "month",
                    defaultValue: addDays(today, 31).slice(0, 7),
                  },
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
            </>
          )}
        </Card>
      </ActionPanel>
    </div>
  );
}
