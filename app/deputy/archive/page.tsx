// A deputy's own duty archive, to read and to print for reporting to voters (述职). Published points only.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { ArchiveView } from "@/components/supervision/archive-view";
import { EmptyState } from "@/components/ui/card";
import { foundOrNull } from "@/lib/errors";
import { parseId } from "@/lib/validation/fields";
import { getOwnDutyArchive } from "@/lib/deputies/duty-archive";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("archive"))("ownTitle") };
}

export default async function OwnArchivePage({ searchParams }: { searchParams: Promise<{ mandate?: string }> }) {
  const actor = await areaActor("deputy");
  if (!actor) return null;
  const { mandate } = await searchParams;
  const t = await getTranslations("archive");
  // Not found: no mandate on record yet.
  const a = await foundOrNull(getOwnDutyArchive(actor, parseId(mandate) ?? undefined));
  return a ? <ArchiveView a={a} basePath="/deputy/archive" /> : <EmptyState>{t("noMandate")}</EmptyState>;
}
