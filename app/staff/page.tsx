import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusCounts } from "@/components/suggestions/status-counts";
import { countSuggestionsByStatus } from "@/lib/suggestions/queries";

export default async function StaffHome() {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const [t, counts] = await Promise.all([getTranslations(), countSuggestionsByStatus(actor)]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("areas.welcome", { name: actor.name })} intro={t("areas.staff.intro")} />
      <Card title={t("areas.staff.byStatus")}>
        <StatusCounts counts={counts} />
      </Card>
    </div>
  );
}
