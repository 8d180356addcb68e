// Upload a deputies file; the preview opens on the import's own page.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { deputiesAction } from "@/app/actions/deputies";
import { areaActor } from "@/components/layout/area-layout";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { OpForm } from "@/components/suggestions/op-form";
import { listOwnImports } from "@/lib/import/batches";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("deputyAdmin"))("importTitle") };
}

export default async function DeputyImportPage() {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const [t, ts, imports] = await Promise.all([
    getTranslations("deputyAdmin"),
    getTranslations("import.status"),
    listOwnImports(actor, "deputies"),
  ]);
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("importTitle")} intro={t("importIntro")} />
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/staff/deputies" className="text-brand-700 underline">
          {t("back")}
        </Link>
        <a href="/api/staff/deputies/template" className="text-brand-700 underline">
          {t("template")}
        </a>
        <a href="/api/staff/deputies/export" className="text-brand-700 underline">
          {t("export")}
        </a>
      </p>
      <Card title={t("import")}>
        <ActionPanel>
          <OpForm
            op="uploadImport"
            action={deputiesAction}
            submitLabel={t("upload")}
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
                <Link href={`/staff/deputies/import/${b.id}`} className="text-brand-700 underline">
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
