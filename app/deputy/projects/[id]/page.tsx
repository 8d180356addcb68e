// A project the deputy supervises: its delivery, the group and its notes, and a note of their own. A project whose
// group they are not in is not found.
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { DeliveryPanel } from "@/components/projects/delivery-panel";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { Card, PageHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { currentClientInfo } from "@/lib/http/client-info";
import { loadProjectFor } from "@/lib/projects/delivery-access";
import { deliveryViews } from "@/lib/projects/delivery-queries";
import { parseId } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("delivery"))("supervision.title") };
}

export default async function DeputyProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("deputy");
  if (!actor) return null;
  const id = parseId((await params).id);
  if (id == null) notFound();
  let project;
  try {
    project = await loadProjectFor(actor, "project.supervise", id, await currentClientInfo());
  } catch (err) {
    if (err instanceof AppError) notFound();
    throw err;
  }
  const [t, views] = await Promise.all([
    getTranslations("delivery"),
    deliveryViews([id], { notes: true, updates: 10 }),
  ]);
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={project.title} intro={project.round.title} />
      <Card title={t("title")}>
        <DeliveryPanel title={project.title} view={views.get(id)} supervision />
      </Card>
      <Card title={t("supervision.addNote")}>
        <ActionPanel>
          <StepForm
            area="delivery"
            op="addSupervisionNote"

            hidden={{ candidateId: String(id) }}
            submitLabel={t("supervision.addNote")}
            fields={[{ name: "text", label: t("fields.note"), kind: "textarea", required: true, max: 1000 }]}
          />
        </ActionPanel>
      </Card>
    </div>
  );
}
