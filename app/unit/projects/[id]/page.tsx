// One project of the department: its plan and reports, and the form to report progress (with photos). Another
// department's project, or one not decided, is not found (the read is checked like the report).
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { DeliveryPanel } from "@/components/projects/delivery-panel";
import { ProgressForm } from "@/components/projects/progress-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { currentClientInfo } from "@/lib/http/client-info";
import { loadProjectFor } from "@/lib/projects/delivery-access";
import { deliveryViews } from "@/lib/projects/delivery-queries";
import { parseId } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("delivery"))("unit.reportTitle") };
}

export default async function UnitProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("unit");
  if (!actor) return null;
  const id = parseId((await params).id);
  if (id == null) notFound();
  let project;
  try {
    project = await loadProjectFor(actor, "project.report", id, await currentClientInfo());
  } catch (err) {
    if (err instanceof AppError) notFound();
    throw err;
  }
  const [t, views] = await Promise.all([
    getTranslations("delivery"),
    deliveryViews([id], { notes: false, updates: 10 }),
  ]);
  const view = views.get(id)!;
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={project.title} intro={project.round.title} />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <Card title={t("title")}>
          <p className="mb-3 whitespace-pre-line break-words">{project.description}</p>
          <DeliveryPanel title={project.title} view={view} />
        </Card>
        <Card title={t("unit.reportTitle")}>
          <ActionPanel>
            <ProgressForm
              candidateId={id}
              milestones={view.milestones.filter((m) => !m.doneOn)}
              percent={view.percent}
              submitLabel={t("staff.report")}
            />
          </ActionPanel>
        </Card>
      </div>
    </div>
  );
}
