import Link from "next/link";
import { redirect } from "next/navigation";
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { roleMay } from "@/lib/auth/permissions";
import { suggestionFormOptions } from "@/lib/suggestions/form-options";
import { parseId } from "@/lib/validation/fields";
import { PageHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { SubmitSuggestionForm } from "@/components/suggestions/submit-form";
import { scanMarker } from "@/lib/reception/qr";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("suggest"))("title") };
}

type Search = { station?: string; via?: string };

export default async function SuggestPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { station, via } = await searchParams;
  const stationId = parseId(station);
  // A scan names a station: the marker without one is ignored.
  const scanned = stationId != null && scanMarker(via) === "qr";
  const actor = await getActor();
  if (!actor) {
    const here = `/suggest${stationId ? `?station=${stationId}${scanned ? "&via=qr" : ""}` : ""}`;
    redirect(`/login?next=${encodeURIComponent(here)}`);
  }
  if (!roleMay(actor, "suggestion.submit")) return <ForbiddenNotice />;
  const [t, options] = await Promise.all([getTranslations("suggest"), suggestionFormOptions(stationId)]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("title")} intro={t("intro")} />
      {actor.role === "DEPUTY" && (
        <div className="mb-4">
          <Alert tone="info">{t("deputyNote")}</Alert>
        </div>
      )}
      {options.station && (
        <p className="mb-4 rounded-md bg-brand-50 px-3 py-2">
          {t("atStation", { station: options.station.name })}{" "}
          <Link href="/suggest" className="ml-2 text-sm text-brand-700 underline underline-offset-4">
            {t("changeStation")}
          </Link>
        </p>
      )}
      <div className="rounded-lg border border-line bg-white p-5 shadow-sm">
        <SubmitSuggestionForm
          idempotencyKey={randomUUID()}
          via={scanned && options.station ? "qr" : "web"}
          station={options.station ? { id: options.station.id, name: options.station.name } : null}
          categories={options.categories}
          regions={options.regions.map((r) => ({
            id: r.id,
            name: r.name,
            level: r.level,
            parentName: r.parent?.name ?? null,
          }))}
        />
      </div>
    </div>
  );
}
