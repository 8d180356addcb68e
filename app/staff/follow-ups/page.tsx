// 回头看: B and C follow-ups whose check date has come. Staff mark each solved or set the next check date.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { listDueFollowUps } from "@/lib/supervision/follow-ups";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision"))("followUpsTitle") };
}

export default async function FollowUpsPage() {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const [t, rows] = await Promise.all([getTranslations("supervision"), listDueFollowUps(actor)]);
  return (
    <div className="min-w-0 space-y-4">
      <PageHeader title={t("followUpsTitle")} intro={t("followUpsIntro")} />
      {rows.length === 0 ? (
        <EmptyState>{t("followUpsEmpty")}</EmptyState>
      ) : (
        <ActionPanel>
          <ul className="space-y-4">
            {rows.map((f) => (
              <li key={f.suggestionId}>
                <Card>
                  <p className="font-medium">
                    <Link href={`/staff/suggestions/${f.suggestionId}`} className="text-brand-700 underline">
                      {f.trackingCode}「{f.title}」
                    </Link>
                  </p>
                  <p className="mb-3 text-sm text-muted">
                    {t("followUpMeta", { cls: f.classification, date: f.nextCheckOn, unit: f.unitName ?? "—" })}
                  </p>
                  <div className="grid gap-4 sm:grid-cols-2">
                    <StepForm
                      area="suggestion"
                      op="followUpSolved"
                      suggestionId={f.suggestionId}
                      version={f.version}
                      idPrefix={`f${f.suggestionId}-`}
                      submitLabel={t("markSolved")}
                    />
                    <StepForm
                      area="supervision"
                      op="nextCheck"
                      hidden={{ suggestionId: String(f.suggestionId) }}
                      idPrefix={`f${f.suggestionId}-`}
                      tone="secondary"
                      submitLabel={t("setNextCheck")}
                      fields={[{ name: "nextCheckOn", label: t("nextCheckLabel"), kind: "date" }]}
                    />
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        </ActionPanel>
      )}
    </div>
  );
}
