import { areaActor } from "@/components/layout/area-layout";
import { SuggestionDetailView } from "@/components/suggestions/detail-view";
import { UnitActions } from "@/components/suggestions/unit-actions";
import { loadDetailOr404 } from "@/components/suggestions/detail-page";
import { templatesFor } from "@/lib/templates/queries";

export default async function UnitSuggestionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("unit");
  if (!actor) return null;
  const s = await loadDetailOr404(actor, params);
  const templates =
    s.status === "HANDLING" ? await templatesFor({ regionId: s.regionId, categoryId: s.category.id }, ["REPLY"]) : [];
  return (
    <SuggestionDetailView
      s={s}
      viewer="unit"
      actions={<UnitActions s={s} unitId={actor.unitId} templates={templates} />}
    />
  );
}
