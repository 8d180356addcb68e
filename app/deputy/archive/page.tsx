// A deputy's own duty archive, to read and to print for reporting to voters (述职). Published points only.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { ArchiveView } from "@/components/supervision/archive-view";
import { EmptyState } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { getOwnDutyArchive } from "@/lib/deputies/duty-archive";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("archive"))("ownTitle") };
}

export default async function OwnArchivePage({ searchParams }: { searchParams: Promise<{ mandate?: string }> }) {
  const actor = await areaActor("deputy");
  if (!actor) return null;
  const { mandate } = await searchParams;
  const t = await getTranslations("archive");
  const a = await getOwnDutyArchive(actor, mandate && /^\d{1,9}$/.test(mandate) ? Number(mandate) : undefined).catch(
    (err: unknown) => {
      if (err instanceof AppError && err.code === "notFound") return null; // no mandate on record yet
      throw err;
    },
  );
  return a ? <ArchiveView a={a} basePath="/deputy/archive" /> : <EmptyState>{t("noMandate")}</EmptyState>;
}
