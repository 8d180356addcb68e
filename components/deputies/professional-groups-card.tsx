// 专业小组: the portal's list, with how many deputies each has, a form to add one and to rename one.
import { getTranslations } from "next-intl/server";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { Card } from "@/components/ui/card";

export async function ProfessionalGroupsCard({
  groups,
}: {
  groups: { id: number; name: string; _count: { deputies: number } }[];
}) {
  const t = await getTranslations("deputyGroups");
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-muted">{t("intro")}</p>
      {groups.length > 0 && (
        <ul className="mb-4 divide-y divide-line rounded-md border border-line">
          {groups.map((g) => (
            <li key={g.id} className="px-3 py-2">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{g.name}</span>
                  <span className="ml-2 text-sm text-muted">{t("members", { count: g._count.deputies })}</span>
                </summary>
                <div className="mt-2 max-w-md">
                  <ActionPanel>
                    <StepForm
                      area="deputies"
                      op="renameGroup"
                      idPrefix={`g${g.id}-`}
                      hidden={{ groupId: String(g.id) }}
                      submitLabel={t("rename")}
                      fields={[{ name: "name", label: t("newName"), kind: "text", max: 60, defaultValue: g.name }]}
                    />
                  </ActionPanel>
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
      <div className="max-w-md">
        <ActionPanel>
          <StepForm
            area="deputies"
            op="createGroup"
            submitLabel={t("add")}
            fields={[{ name: "name", label: t("name"), kind: "text", required: true, max: 60 }]}
          />
        </ActionPanel>
      </div>
    </Card>
  );
}
