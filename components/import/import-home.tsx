// One kind's import page: the template and export links, the upload form, and the uploader's recent imports. The
// preview opens on the import's own page (ImportBatchPage).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { listOwnImports } from "@/lib/import/batches";
import { IMPORT_PATHS, type ImportKind } from "@/lib/import/kinds";

export async function ImportHome({ kind, area }: { kind: ImportKind; area: "staff" | "admin" }) {
  const actor = await areaActor(area);
  if (!actor) return null;
  const paths = IMPORT_PATHS[kind];
  const [t, tk, ts, imports] = await Promise.all([
    getTranslations("imports"),
    getTranslations(`imports.kinds.${kind}`),
    getTranslations("import.status"),
    listOwnImports(actor, kind),
  ]);
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={tk("title")} intro={tk("intro")} />
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={paths.list} className="text-brand-700 underline">
          {tk("back")}
        </Link>
        <a href={paths.template} className="text-brand-700 underline">
          {t("template")}
        </a>
        <a href={paths.export} className="text-brand-700 underline">
          {t("export")}
        </a>
      </p>
      <Card title={t("import")}>
        <ActionPanel>
          <StepForm
            area="imports"
            op="uploadImport"
            submitLabel={t("upload")}
            hidden={{ kind }}
            fields={[
              {
                name: "file",
                label: t("file"),
                kind: "files",
                accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                required: true,
              },
            ]}
          />
        </ActionPanel>
      </Card>
      <Card title={t("recent")}>
        {imports.length === 0 ? (
          <EmptyState>{t("noImports")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line text-sm">
            {imports.map((b) => (
              <li key={b.id} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`${paths.home}/${b.id}`} className="text-brand-700 underline">
                  {b.fileName}
                </Link>
                <span className="text-muted">
                  {ts(b.status)} · {b.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
