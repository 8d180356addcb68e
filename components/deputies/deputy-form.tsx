// The create / edit form of one deputy (a server component handing data to the generic step form).
import { getTranslations } from "next-intl/server";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { LEVEL_LABELS } from "@/lib/deputies/import/sheets";
import { professionalGroupOptions } from "@/lib/deputies/professional-groups";

type Values = {
  id?: number;
  code: string;
  name: string;
  gender: string;
  occupation: string;
  phone: string;
  bio: string;
  stations: string;
  groupId?: string;
};

export async function DeputyForm({ values, regions }: { values: Values; regions: { id: number; name: string }[] }) {
  const [t, tc, tl, tg, groups] = await Promise.all([
    getTranslations("deputyAdmin"),
    getTranslations("deputyAdmin.columns"),
    getTranslations("archive.deputyLevel"),
    getTranslations("deputyGroups"),
    professionalGroupOptions(),
  ]);
  return (
    <ActionPanel>
      <StepForm
        area="deputies"
        op="saveDeputy"
        submitLabel={t("save")}
        hidden={values.id ? { deputyId: String(values.id) } : {}}
        fields={[
          { name: "code", label: tc("code"), kind: "text", required: true, max: 32, defaultValue: values.code },
          { name: "name", label: tc("name"), kind: "text", required: true, max: 40, defaultValue: values.name },
          {
            name: "gender",
            label: t("gender"),
            kind: "radio",
            options: ["男", "女"].map((g) => ({ value: g, label: g })),
            defaultValue: values.gender,
          },
          { name: "occupation", label: t("occupation"), kind: "text", max: 120, defaultValue: values.occupation },
          {
            name: "groupId",
            label: tg("field"),
            kind: "select",
            options: groups.map((g) => ({ value: String(g.id), label: g.name })),
            defaultValue: values.groupId ?? "",
            hint: groups.length ? undefined : tg("noGroups"),
          },
          { name: "phone", label: t("phone"), kind: "text", max: 11, defaultValue: values.phone },
          { name: "stations", label: t("stationsField"), kind: "text", max: 2000, defaultValue: values.stations },
          { name: "bio", label: t("bio"), kind: "textarea", max: 2000, defaultValue: values.bio },
          {
            name: "level",
            label: `${t("mandateTitle")} · ${t("level")}`,
            kind: "select",
            options: Object.values(LEVEL_LABELS).map((l) => ({ value: l, label: tl(l) })),
          },
          { name: "term", label: t("term2"), kind: "number" },
          {
            name: "regionId",
            label: t("region"),
            kind: "select",
            options: regions.map((r) => ({ value: String(r.id), label: r.name })),
          },
          { name: "constituency", label: t("constituency"), kind: "text", max: 80 },
          { name: "startsOn", label: t("startsOn"), kind: "date" },
          { name: "endsOn", label: t("endsOn"), kind: "date" },
        ]}
      />
    </ActionPanel>
  );
}
