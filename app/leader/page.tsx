import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusCounts } from "@/components/suggestions/status-counts";
import { countSuggestionsByStatus } from "@/lib/suggestions/queries";

export default async function LeaderHome() {
  const actor = await areaActor("leader");
  if (!actor) return null;
  const [t, counts] = await Promise.all([getTranslations(), countSuggestionsByStatus(actor)]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("areas.welcome", { name: actor.name })} intro={t("areas.leader.intro")} />
      <Card title={t("areas.leader.totals")}>
        <StatusCounts counts={counts} />
      </Card>
    </div>
  );
}
