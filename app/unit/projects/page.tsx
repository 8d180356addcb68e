// The department's 民生实事 projects: each with its percentage, overdue milestones and a link to report progress.
import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { ProgressBar } from "@/components/projects/delivery-panel";
import { LightBadge } from "@/components/suggestions/light-badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonStyles } from "@/components/ui/button-styles";
import { projectsForUnit } from "@/lib/projects/delivery-queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("delivery"))("unit.title") };
}

export default async function UnitProjectsPage() {
  const actor = await areaActor("unit");
  if (!actor) return null;
  const [t, projects] = await Promise.all([getTranslations("delivery"), projectsForUnit(actor)]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("unit.title")} intro={t("unit.intro")} />
      {projects.length === 0 && <EmptyState>{t("unit.empty")}</EmptyState>}
      {projects.map((p) => (
        <Card key={p.id} title={p.title}>
          <p className="mb-2 text-sm text-muted">{p.round}</p>
          <ProgressBar percent={p.view.percent} />
          <p className="mt-2">
            <LightBadge
              light={p.view.overdue ? "red" : "green"}
              label={p.view.overdue ? t("overdueCount", { n: p.view.overdue }) : t("noOverdue")}
            />
          </p>
          <Link href={`/unit/projects/${p.id}`} className={`${buttonStyles.primary} mt-3 w-full sm:w-auto`}>
            {t("unit.open")}
          </Link>
        </Card>
      ))}
    </div>
  );
}
