import { areaActor } from "@/components/layout/area-layout";
import { SuggestionDetailView } from "@/components/suggestions/detail-view";
import { UnitActions } from "@/components/suggestions/unit-actions";
import { loadDetailOr404 } from "@/components/suggestions/detail-page";
import { templatesFor } from "@/lib/templates/queries";
import { roleMay } from "@/lib/auth/permissions";
import { isCurrent } from "@/lib/suggestions/unit-assignment";

export default async function UnitSuggestionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("unit");
  if (!actor) return null;
  const s = await loadDetailOr404(actor, params);
  const templates =
    s.status === "HANDLING" ? await templatesFor({ regionId: s.regionId, categoryId: s.category.id }, ["REPLY"]) : [];
  // The number may be revealed (audited) while the unit holds the item; a 保密 item shows no proposer at all.
  const holds = s.assignments.some((a) => a.unit.id === actor.unitId && isCurrent(a, s.round));
  return (
    <SuggestionDetailView
      s={s}
      viewer="unit"
      canUnmask={roleMay(actor, "proposer.unmask") && holds && !s.confidential}
      actions={<UnitActions s={s} unitId={actor.unitId} templates={templates} />}
    />
  );
}
