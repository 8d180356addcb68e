// A leader reads an item of their region (no steps to take here; the cases they lead have their own pages).
import { areaActor } from "@/components/layout/area-layout";
import { SuggestionDetailView } from "@/components/suggestions/detail-view";
import { loadDetailOr404 } from "@/components/suggestions/detail-page";
import { ItemSupervision } from "@/components/supervision/item-supervision";
import { supervisionForItem } from "@/lib/supervision/case-queries";

export default async function LeaderSuggestionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("leader");
  if (!actor) return null;
  const s = await loadDetailOr404(actor, params);
  const facts = await supervisionForItem(actor, s.id);
  return (
    <SuggestionDetailView
      s={s}
      actions={
        <ItemSupervision
          suggestionId={s.id}
          urgeable={false}
          facts={facts}
          leaders={[]}
          caseHref="/leader/supervision"
          canManage={false}
        />
      }
    />
  );
}
