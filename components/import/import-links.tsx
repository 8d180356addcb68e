// The links a list page offers to its Excel import: import, export, and the blank template.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { IMPORT_PATHS, type ImportKind } from "@/lib/import/kinds";

export async function ImportLinks({ kind }: { kind: ImportKind }) {
  const t = await getTranslations("imports");
  const paths = IMPORT_PATHS[kind];
  return (
    <nav aria-label={t("import")} className="flex flex-wrap gap-4 text-sm">
      <Link href={paths.home} className="text-brand-700 underline">
        {t("import")}
      </Link>
      <a href={paths.export} className="text-brand-700 underline">
        {t("export")}
      </a>
      <a href={paths.template} className="text-brand-700 underline">
        {t("template")}
      </a>
    </nav>
  );
}
