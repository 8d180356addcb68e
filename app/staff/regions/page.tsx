// The region tree below the staff member's own region: add a child region, rename one. Regions are never deleted.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { PlacesForm } from "@/components/places/places-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { regionTreeForStaff } from "@/lib/regions/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("places"))("regions.title") };
}

export default async function StaffRegionsPage() {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const [t, tree] = await Promise.all([getTranslations("places"), regionTreeForStaff(actor)]);
  const depthOf = (path: string) => path.split("/").filter(Boolean).length;
  const top = tree.length > 0 ? depthOf(tree[0].path) : 0;
  const parents = tree.filter((r) => r.level !== "COMMUNITY");
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("regions.title")} intro={t("regions.intro")} />
      <Card title={t("regions.addTitle")}>
        <ActionPanel>
          <PlacesForm
            op="addRegion"
            columns
            submitLabel={t("regions.add")}
            fields={[
              {
                name: "parentId",
                label: t("regions.parent"),
                kind: "select",
                options: parents.map((r) => ({
                  value: String(r.id),
                  label: `${"　".repeat(depthOf(r.path) - top)}${t(`level.${r.level}`)} · ${r.name}`,
                })),
              },
              { name: "code", label: t("regions.code"), kind: "text", max: 12, hint: t("regions.codeHint") },
              { name: "name", label: t("regions.name"), kind: "text", max: 60 },
            ]}
          />
        </ActionPanel>
      </Card>
      {tree.length === 0 ? (
        <EmptyState>{t("regions.empty")}</EmptyState>
      ) : (
        <ul className="rounded-lg border border-line bg-white">
          {tree.map((r) => (
            <li
              key={r.id}
              className="border-b border-line px-4 py-2 last:border-b-0"
              style={{ paddingLeft: `${1 + (depthOf(r.path) - top) * 1.25}rem` }}
            >
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{r.name}</span>
                  <span className="ml-2 text-sm text-muted">
                    {t(`level.${r.level}`)} · {r.code}
                  </span>
                </summary>
                {r.path !== actor.regionPath && (
                  <div className="mt-2 max-w-md">
                    <ActionPanel>
                      <PlacesForm
                        op="renameRegion"
                        idPrefix={`r${r.id}-`}
                        hidden={{ regionId: String(r.id) }}
                        fields={[{ name: "name", label: t("regions.newName"), kind: "text", max: 60, value: r.name }]}
                        submitLabel={t("regions.rename")}
                      />
                    </ActionPanel>
                  </div>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
