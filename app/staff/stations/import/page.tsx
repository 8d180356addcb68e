// Upload a stations file; the preview opens on the import's own page (components/import).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportHome } from "@/components/import/import-home";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports.kinds.stations"))("title") };
}

export default function Page() {
  return <ImportHome kind="stations" area="staff" />;
}
