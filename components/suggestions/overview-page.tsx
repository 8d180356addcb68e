// The home of the areas that oversee suggestions (staff, leaders, units): counts per stage within the
// actor's scope. Later issues give each area its own queue; the counts stay as the overview.
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import type { AreaKey } from "@/components/layout/areas";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusCounts } from "@/components/suggestions/status-counts";
import { countSuggestionsByStatus } from "@/lib/suggestions/queries";
import { actorPlace } from "@/lib/auth/actor-place";

export function suggestionOverviewPage(area: AreaKey & ("staff" | "leader" | "unit"), countsTitle: string) {
  return async function SuggestionOverviewPage() {
    const actor = await areaActor(area);
    if (!actor) return null;
    const [t, counts, place] = await Promise.all([
      getTranslations(),
      countSuggestionsByStatus(actor),
      area === "unit" ? actorPlace(actor) : null,
    ]);
    // A unit's people should see whose workspace this is: "承办单位工作台 · 江州市教育局".
    const title = place ? t("areas.unit.heading", { unit: place.name }) : t("areas.welcome", { name: actor.name });
    const intro = place ? t("areas.unit.introNamed", { name: actor.name }) : t(`areas.${area}.intro`);
    return (
      <div className="space-y-5">
        <PageHeader title={title} intro={intro} />
        <Card title={t(`areas.${area}.${countsTitle}`)}>
          <StatusCounts counts={counts} />
        </Card>
      </div>
    );
  };
}
