// The home of the areas that oversee suggestions (staff, leaders, units): counts per stage within the
// actor's scope. Later issues give each area its own queue; the counts stay as the overview.
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import type { AreaKey } from "@/components/layout/areas";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusCounts } from "@/components/suggestions/status-counts";
import { countSuggestionsByStatus } from "@/lib/suggestions/queries";

export function suggestionOverviewPage(area: AreaKey & ("staff" | "leader" | "unit"), countsTitle: string) {
  return async function SuggestionOverviewPage() {
    const actor = await areaActor(area);
    if (!actor) return null;
    const [t, counts] = await Promise.all([getTranslations(), countSuggestionsByStatus(actor)]);
    return (
      <div className="space-y-5">
        <PageHeader title={t("areas.welcome", { name: actor.name })} intro={t(`areas.${area}.intro`)} />
        <Card title={t(`areas.${area}.${countsTitle}`)}>
          <StatusCounts counts={counts} />
        </Card>
      </div>
    );
  };
}
