// A leader reads an item behind a figure (read-only: leaders act through supervision, not the loop's steps).
import { areaActor } from "@/components/layout/area-layout";
import { SuggestionDetailView } from "@/components/suggestions/detail-view";
import { loadDetailOr404 } from "@/components/suggestions/detail-page";

export default async function LeaderSuggestionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("leader");
  if (!actor) return null;
  const s = await loadDetailOr404(actor, params);
  return <SuggestionDetailView s={s} actions={null} />;
}
