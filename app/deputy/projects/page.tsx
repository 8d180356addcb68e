// A deputy's 民生实事 work after the vote: the projects whose supervision group they are in, and while the rating
// window is open the delivered projects of their congress to rate (once each).
import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { ProgressBar } from "@/components/projects/delivery-panel";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonStyles } from "@/components/ui/button-styles";
import { projectsForDeputy } from "@/lib/projects/delivery-queries";
import { dimensionField, VERDICTS } from "@/lib/projects/schemas";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("delivery"))("deputy.title") };
}

export default async function DeputyProjectsPage() {
  const actor = await areaActor("deputy");
  if (!actor) return null;
  const [t, mine] = await Promise.all([getTranslations("delivery"), projectsForDeputy(actor)]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("deputy.title")} />
      <Card title={t("deputy.supervised")}>
        {mine.supervised.length === 0 ? (
          <EmptyState>{t("deputy.supervisedEmpty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {mine.supervised.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <span className="font-medium">{p.title}</span>
                  <span className="block text-sm text-muted">{p.round}</span>
                </span>
                <Link href={`/deputy/projects/${p.id}`} className={buttonStyles.secondary}>
                  {t("deputy.open")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("deputy.toRate")}>
        {mine.toRate.length === 0 ? (
          <EmptyState>{t("deputy.toRateEmpty")}</EmptyState>
        ) : (
          <>
            <p className="mb-3 text-sm text-muted">{t("rating.hint")}</p>
            <ul className="space-y-4">
              {mine.toRate.map((p) => (
                <li key={p.id} className="rounded-lg border border-line p-3" data-testid={`rate-${p.id}`}>
                  <p className="font-medium">{p.title}</p>
                  <p className="mb-2 text-sm text-muted">
                    {p.round} · {t("unitLine", { unit: p.unit })}
                  </p>
                  <ProgressBar percent={p.percent} />
                  {p.mine ? (
                    <p className="mt-2 font-medium">{t("rating.mine", { verdict: t(`rating.${p.mine}`) })}</p>
                  ) : (
                    <div className="mt-2">
                      <ActionPanel>
                        <StepForm
                          area="delivery"
                          op="rateProject"

                          idPrefix={`rt${p.id}-`}
                          hidden={{ candidateId: String(p.id) }}
                          submitLabel={t("rating.submit")}
                          fields={[
                            // each dimension the round states, then the overall judgement
                            ...p.dimensions.map((name, i) => ({
                              name: dimensionField(i),
                              label: name,
                              kind: "radio" as const,
                              required: true,
                              options: VERDICTS.map((v) => ({ value: v, label: t(`rating.${v}`) })),
                            })),
                            {
                              name: "verdict",
                              label: t("fields.verdict"),
                              kind: "radio",
                              required: true,
                              options: VERDICTS.map((v) => ({ value: v, label: t(`rating.${v}`) })),
                            },
                          ]}
                        />
                      </ActionPanel>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
    </div>
  );
}
