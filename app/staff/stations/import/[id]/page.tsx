// One stations import: progress, preview, confirm and result (components/import). Only its uploader sees it.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportBatchPage } from "@/components/import/import-batch-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports.kinds.stations"))("title") };
}

export default function Page({ params }: { params: Promise<{ id: string }> }) {
  return <ImportBatchPage kind="stations" area="staff" params={params} />;
}
