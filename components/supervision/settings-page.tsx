// The supervision windows (yellow light, escalation), for staff and system admins.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, PageHeader } from "@/components/ui/card";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { getSupervisionSettings } from "@/lib/supervision/settings";

export async function settingsMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision"))("settingsTitle") };
}

export function settingsPage(area: "staff" | "admin") {
  return async function SupervisionSettingsPage() {
    const actor = await areaActor(area);
    if (!actor) return null;
    const [t, current] = await Promise.all([getTranslations("supervision"), getSupervisionSettings()]);
    return (
      <div className="min-w-0 space-y-4">
        <PageHeader title={t("settingsTitle")} intro={t("settingsIntro")} />
        <Card>
          <ActionPanel>
            <StepForm
              area="supervision"
              op="settings"
              submitLabel={t("save")}
              fields={[
                {
                  name: "yellowLightWorkingDays",
                  label: t("yellowDays"),
                  kind: "number",
                  defaultValue: String(current.yellowLightWorkingDays),
                  hint: t("yellowDaysHint"),
                },
                {
                  name: "escalateAfterWorkingDays",
                  label: t("escalateDays"),
                  kind: "number",
                  defaultValue: String(current.escalateAfterWorkingDays),
                  hint: t("escalateDaysHint"),
                },
              ]}
            />
          </ActionPanel>
        </Card>
      </div>
    );
  };
}
