import { areaActor } from "@/components/layout/area-layout";
import { SuggestionDetailView } from "@/components/suggestions/detail-view";
import { StaffActions } from "@/components/suggestions/staff-actions";
import { loadDetailOr404 } from "@/components/suggestions/detail-page";
import { ItemSupervision } from "@/components/supervision/item-supervision";
import { activeUnits } from "@/lib/suggestions/detail";
import { defaultUnitOf } from "@/lib/categories/queries";
import { similarSuggestions } from "@/lib/suggestions/triage";
import { roleMay } from "@/lib/auth/permissions";
import { deputiesForRaising } from "@/lib/suggestions/raise-as-deputy";
import { leaderOptions, supervisionForItem } from "@/lib/supervision/case-queries";
import { templatesFor } from "@/lib/templates/queries";
import type { RawSearchParams } from "@/lib/http/search-params";
import { QueueNav } from "@/components/suggestions/queue-nav";

export default async function StaffSuggestionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const s = await loadDetailOr404(actor, params);
  const triage = s.status === "SUBMITTED" || s.status === "ACCEPTED";
  const [units, defaultUnit, similar, deputies, supervision, leaders, templates] = await Promise.all([
    s.status === "ACCEPTED" ? activeUnits() : [],
    s.status === "ACCEPTED" ? defaultUnitOf(s.category.id) : null,
    triage ? similarSuggestions(actor, s.id) : [],
    triage && s.kind === "OPINION" ? deputiesForRaising(s.station?.id ?? null, s.regionId) : [],
    supervisionForItem(actor, s.id),
    leaderOptions(actor),
    triage ? templatesFor({ regionId: s.regionId, categoryId: s.category.id }, ["DECLINE", "REFERRAL"]) : [],
  ]);
  return (
    <div className="space-y-4">
      <QueueNav actor={actor} searchParams={await searchParams} item={s} />
      <SuggestionDetailView
        s={s}
        viewer="staff"
        canUnmask={roleMay(actor, "proposer.unmask")}
        actions={
          <>
            <StaffActions
              s={s}
              units={units}
              defaultUnit={defaultUnit}
              similar={similar}
              deputies={deputies}
              templates={templates}
              staffName={actor.name}
            />
            <ItemSupervision
              suggestionId={s.id}
              urgeable={s.status === "ASSIGNED" || s.status === "HANDLING"}
              facts={supervision}
              leaders={leaders}
              caseHref="/staff/supervision"
              canManage={roleMay(actor, "supervision.manage")}
            />
          </>
        }
      />
    </div>
  );
}
