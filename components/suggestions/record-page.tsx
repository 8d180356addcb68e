// The page where staff or a station admin record an opinion on a resident's behalf (walk-in, letter, hotline).
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { PageHeader } from "@/components/ui/card";
import { suggestionFormOptions } from "@/lib/suggestions/form-options";
import { managedStations } from "@/lib/stations/queries";
import { SubmitSuggestionForm } from "./submit-form";

export function recordOnBehalfPage(area: "staff" | "station") {
  return async function RecordOnBehalfPage() {
    const actor = await areaActor(area);
    if (!actor) return null;
    const [t, options, stations] = await Promise.all([
      getTranslations("suggest"),
      suggestionFormOptions(null),
      managedStations(actor),
    ]);
    return (
      <div className="max-w-2xl">
        <PageHeader title={t("onBehalfTitle")} intro={t("onBehalfIntro")} />
        <div className="rounded-lg border border-line bg-white p-5 shadow-sm">
          <SubmitSuggestionForm
            idempotencyKey={randomUUID()}
            via="web"
            station={null}
            categories={options.categories}
            regions={options.regions.map((r) => ({
              id: r.id,
              name: r.name,
              level: r.level,
              parentName: r.parent?.name ?? null,
            }))}
            onBehalf={{ stations: stations.map((s) => ({ id: s.id, name: s.name })) }}
          />
        </div>
      </div>
    );
  };
}
