// 常用语: the standard wordings staff keep for their region (replies per category and reply class, decline reasons,
// referrals). Units pick one on the reply form, staff on the decline form, and edit it before sending.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { StepForm, type StepField } from "@/components/forms/step-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { listCategories } from "@/lib/categories/queries";
import { templatesKeptBy } from "@/lib/templates/queries";
import { TEMPLATE_KINDS } from "@/lib/templates/kinds";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("templates"))("title") };
}

export default async function StaffTemplatesPage() {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const [t, tc, categories, templates] = await Promise.all([
    getTranslations("templates"),
    getTranslations("replyClass"),
    listCategories(),
    templatesKeptBy(actor),
  ]);
  type Row = (typeof templates)[number];
  const fields = (x?: Row): StepField[] => [
    {
      name: "kind",
      label: t("kind"),
      kind: "select",
      options: TEMPLATE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
      defaultValue: x?.kind ?? "REPLY",
    },
    { name: "title", label: t("name"), kind: "text", max: 60, defaultValue: x?.title, hint: t("nameHint") },
    {
      name: "categoryId",
      label: t("category"),
      kind: "select",
      options: categories.map((c) => ({ value: String(c.id), label: c.name })),
      defaultValue: x?.categoryId ? String(x.categoryId) : "",
      hint: t("categoryHint"),
    },
    {
      name: "replyClass",
      label: t("replyClass"),
      kind: "select",
      options: ["A", "B", "C", "D"].map((c) => ({ value: c, label: tc(c) })),
      defaultValue: x?.replyClass ?? "",
      hint: t("replyClassHint"),
    },
    { name: "body", label: t("body"), kind: "textarea", max: 4000, defaultValue: x?.body, hint: t("bodyHint") },
    ...(x ? [{ name: "active", label: t("active"), kind: "checkbox" as const, checked: x.active }] : []),
  ];
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Card title={t("newTitle")}>
        <ActionPanel>
          <StepForm area="templates" op="createTemplate" fields={fields()} submitLabel={t("create")} />
        </ActionPanel>
      </Card>
      {templates.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="space-y-2">
          {templates.map((x) => (
            <li key={x.id} className="rounded-lg border border-line bg-white px-4 py-3">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{x.title}</span>
                  <span className="ml-2 text-sm text-muted">
                    {[
                      t(`kinds.${x.kind}`),
                      x.category?.name ?? t("anyCategory"),
                      x.replyClass ? tc(x.replyClass) : null,
                      x.region.name,
                      x.active ? null : t("inactive"),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                  <p className="mt-1 line-clamp-2 text-sm text-muted">{x.body}</p>
                </summary>
                <div className="mt-3">
                  <ActionPanel>
                    <StepForm
                      area="templates"
                      op="editTemplate"

                      idPrefix={`t${x.id}-`}
                      hidden={{ templateId: String(x.id), version: String(x.version) }}
                      fields={fields(x)}
                      submitLabel={t("save")}
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
