// The committee's handling-unit register: units of the staff member's region; create, edit, deactivate.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { ImportLinks } from "@/components/import/import-links";
import { StepForm } from "@/components/forms/step-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { regionOptions } from "@/lib/stations/staff-queries";
import { listUnitsForStaff } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("places"))("units.title") };
}

export default async function StaffUnitsPage() {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const [t, units, regions] = await Promise.all([
    getTranslations("places"),
    listUnitsForStaff(actor),
    regionOptions(actor),
  ]);
  const regionOpts = regions.map((r) => ({ value: String(r.id), label: `${t(`level.${r.level}`)} · ${r.name}` }));
  const fields = (u?: (typeof units)[number]) => [
    { name: "code", label: t("form.code"), kind: "text" as const, max: 30, defaultValue: u?.code },
    { name: "name", label: t("units.name"), kind: "text" as const, max: 80, defaultValue: u?.name },
    {
      name: "shortName",
      label: t("units.shortName"),
      kind: "text" as const,
      max: 30,
      defaultValue: u?.shortName ?? "",
    },
    {
      name: "regionId",
      label: t("form.regionId"),
      kind: "select" as const,
      options: regionOpts,
      defaultValue: u ? String(u.regionId) : "",
    },
    { name: "contact", label: t("units.contact"), kind: "text" as const, max: 60, defaultValue: u?.contact ?? "" },
    {
      name: "contactPhone",
      label: t("units.contactPhone"),
      kind: "text" as const,
      max: 30,
      defaultValue: u?.contactPhone ?? "",
    },
  ];
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("units.title")} intro={t("units.intro")} />
      <ImportLinks kind="units" />
      <Card title={t("units.newTitle")}>
        <ActionPanel>
          <StepForm area="places" op="createUnit" layout="columns" fields={fields()} submitLabel={t("units.create")} />
        </ActionPanel>
      </Card>
      {units.length === 0 ? (
        <EmptyState>{t("units.empty")}</EmptyState>
      ) : (
        <ul className="space-y-2">
          {units.map((u) => (
            <li key={u.id} className="rounded-lg border border-line bg-white px-4 py-3">
              <details>
                <summary className="cursor-pointer">
                  <span className="mr-2 font-mono text-sm text-muted">{u.code}</span>
                  <span className="font-medium">{u.name}</span>
                  <span className="ml-2 text-sm text-muted">
                    {u.region.name}
                    {u.active ? "" : ` · ${t("units.inactive")}`}
                  </span>
                </summary>
                <div className="mt-3 space-y-4">
                  <ActionPanel>
                    <StepForm
                      area="places"
                      op="editUnit"
                      idPrefix={`u${u.id}-`}
                      hidden={{ unitId: String(u.id) }}
                      layout="columns"
                      fields={fields(u)}
                      submitLabel={t("form.save")}
                    />
                  </ActionPanel>
                  <ActionPanel>
                    <StepForm
                      area="places"
                      op="unitActive"
                      idPrefix={`ua${u.id}-`}
                      hidden={{ unitId: String(u.id), active: u.active ? "false" : "true" }}
                      fields={[]}
                      tone="secondary"
                      confirm={
                        u.active
                          ? {
                              question: t("units.deactivateConfirm", { name: u.name }),
                              yes: t("units.deactivate"),
                              no: t("confirmNo"),
                            }
                          : undefined
                      }
                      submitLabel={u.active ? t("units.deactivate") : t("units.activate")}
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
