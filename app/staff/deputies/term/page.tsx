// 换届: close a term for a level and region and open the next (lib/deputies/change-term.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { regionsForTermChange } from "@/lib/deputies/term-regions";
import { LEVEL_LABELS } from "@/lib/deputies/import/sheets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("deputyAdmin"))("termTitle") };
}

export default async function TermChangePage() {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const [t, tl, regions] = await Promise.all([
    getTranslations("deputyAdmin"),
    getTranslations("archive.deputyLevel"),
    regionsForTermChange(actor),
  ]);
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("termTitle")} intro={t("termIntro")} />
      <p className="text-sm">
        <Link href="/staff/deputies" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <Alert tone="info">{t("termWarning")}</Alert>
      <Card title={t("termTitle")}>
        <ActionPanel>
          <StepForm
            area="deputies"
            op="changeTerm"
            submitLabel={t("changeTerm")}
            fields={[
              {
                name: "level",
                label: t("level"),
                kind: "select",
                required: true,
                options: Object.values(LEVEL_LABELS).map((l) => ({ value: l, label: tl(l) })),
              },
              {
                name: "regionId",
                label: t("region"),
                kind: "select",
                required: true,
                options: regions.map((r) => ({ value: String(r.id), label: r.name })),
              },
              { name: "term", label: t("termNumber"), kind: "number", required: true },
              { name: "closesOn", label: t("closesOn"), kind: "date", required: true },
              { name: "opensOn", label: t("opensOn"), kind: "date", required: true },
              { name: "reelected", label: t("reelected"), kind: "textarea", max: 400000 },
            ]}
          />
        </ActionPanel>
      </Card>
    </div>
  );
}
