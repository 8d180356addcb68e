// Categories (one list for the whole portal), their order and their default lead unit (a hint when assigning).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { StepForm } from "@/components/forms/step-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { listCategories } from "@/lib/categories/queries";
import { activeUnits } from "@/lib/suggestions/detail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("places"))("categories.title") };
}

export default async function StaffCategoriesPage() {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const [t, categories, units] = await Promise.all([getTranslations("places"), listCategories(), activeUnits()]);
  const unitOpts = units.map((u) => ({ value: String(u.id), label: u.name }));
  const fields = (c?: (typeof categories)[number]) => [
    { name: "code", label: t("form.code"), kind: "text" as const, max: 30, defaultValue: c?.code },
    { name: "name", label: t("categories.name"), kind: "text" as const, max: 30, defaultValue: c?.name },
    {
      name: "sortOrder",
      label: t("categories.sortOrder"),
      kind: "number" as const,
      defaultValue: String(c?.sortOrder ?? 0),
    },
    {
      name: "defaultUnitId",
      label: t("categories.defaultUnit"),
      kind: "select" as const,
      options: unitOpts,
      defaultValue: c?.defaultUnitId ? String(c.defaultUnitId) : "",
      hint: t("categories.defaultUnitHint"),
    },
  ];
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("categories.title")} intro={t("categories.intro")} />
      <Card title={t("categories.newTitle")}>
        <ActionPanel>
          <StepForm
            area="places"
            op="createCategory"
            layout="columns"
            fields={fields()}
            submitLabel={t("categories.create")}
          />
        </ActionPanel>
      </Card>
      {categories.length === 0 ? (
        <EmptyState>{t("categories.empty")}</EmptyState>
      ) : (
        <ul className="space-y-2">
          {categories.map((c) => (
            <li key={c.id} className="rounded-lg border border-line bg-white px-4 py-3">
              <details>
                <summary className="cursor-pointer">
                  <span className="mr-2 font-mono text-sm text-muted">{c.code}</span>
                  <span className="font-medium">{c.name}</span>
                  <span className="ml-2 text-sm text-muted">
                    {t("categories.order", { n: c.sortOrder })}
                    {c.defaultUnit ? ` · ${t("categories.defaultIs", { name: c.defaultUnit.name })}` : ""}
                  </span>
                </summary>
                <div className="mt-3">
                  <ActionPanel>
                    <StepForm
                      area="places"
                      op="editCategory"
                      idPrefix={`c${c.id}-`}
                      hidden={{ categoryId: String(c.id) }}
                      layout="columns"
                      fields={fields(c)}
                      submitLabel={t("form.save")}
                    />
                  </ActionPanel>
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
