// Staff's part of a decided round (实施与监督, 满意度测评): per decided project, the department, official, budget and
// milestones, the supervision group, a progress report on the department's behalf; and the rating window.
import { getFormatter, getTranslations } from "next-intl/server";
import { StepForm } from "@/components/forms/step-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { Card } from "@/components/ui/card";
import { deliveryViews } from "@/lib/projects/delivery-queries";
import type { RoundRow } from "@/lib/projects/access";
import { DeliveryPanel } from "./delivery-panel";
import { ProgressForm } from "./progress-form";

export async function StaffDelivery({
  round,
  projects,
  units,
  deputies,
}: {
  round: RoundRow;
  projects: { id: number; title: string; unitId: number }[];
  units: { value: string; label: string }[];
  deputies: { id: number; name: string }[];
}) {
  const [t, format, views] = await Promise.all([
    getTranslations("delivery"),
    getFormatter(),
    deliveryViews(
      projects.map((p) => p.id),
      { notes: true, updates: 3 },
    ),
  ]);
  const f = (name: string) => t(`fields.${name}`);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <Card title={t("staff.title")}>
        <p className="mb-3 text-muted">{t("staff.intro")}</p>
        <ol className="space-y-6" data-testid="delivery-projects">
          {projects.map((p) => {
            const view = views.get(p.id);
            const cid = { candidateId: String(p.id) };
            return (
              <li key={p.id} className="rounded-lg border border-line p-3 sm:p-4">
                <h3 className="mb-2 text-lg font-semibold">{p.title}</h3>
                <DeliveryPanel title={p.title} view={view} supervision rating="show" />
                <div className="mt-4 grid gap-4 md:grid-cols-2">
                  <ActionPanel>
                    <StepForm
                      area="projects"

                      op="assignDelivery"
                      idPrefix={`as${p.id}-`}
                      hidden={cid}
                      fields={[
                        {
                          name: "unitId",
                          label: f("unitId"),
                          kind: "select",
                          options: units,
                          defaultValue: String(view?.unitId ?? p.unitId),
                        },
                        {
                          name: "leadOfficial",
                          label: f("leadOfficial"),
                          kind: "text",
                          max: 40,
                          defaultValue: view?.leadOfficial,
                        },
                        {
                          name: "budgetWan",
                          label: f("budgetWan"),
                          kind: "text",
                          defaultValue: view?.budgetWan.toString(),
                        },
                        {
                          name: "milestones",
                          label: f("milestones"),
                          kind: "textarea",
                          hint: f("milestonesHint"),
                        },
                      ]}
                      submitLabel={view ? t("staff.reassign") : t("staff.assign")}
                    />
                  </ActionPanel>
                  {view && (
                    <div className="space-y-4">
                      <ActionPanel>
                        <StepForm
                          area="projects"

                          op="setSupervisors"
                          idPrefix={`sv${p.id}-`}
                          hidden={cid}
                          fields={[
                            {
                              name: "deputyIds",
                              label: f("deputyIds"),
                              kind: "checkboxes",
                              options: deputies.map((d) => ({
                                value: String(d.id),
                                label: d.name,
                                checked: view.supervisors.some((s) => s.id === d.id),
                              })),
                            },
                          ]}
                          tone="secondary"
                          submitLabel={t("staff.setSupervisors")}
                        />
                      </ActionPanel>
                      <ActionPanel>
                        <ProgressForm
                          candidateId={p.id}
                          milestones={view.milestones.filter((m) => !m.doneOn)}
                          percent={view.percent}
                          submitLabel={t("staff.report")}
                        />
                      </ActionPanel>
                    </div>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </Card>
      <Card title={t("rating.title")}>
        <p className="mb-3">
          {round.ratingClosedAt
            ? t("staff.ratingClosed", { date: when(round.ratingClosedAt) })
            : round.ratingOpenedAt
              ? t("staff.ratingOpenSince", { date: when(round.ratingOpenedAt) })
              : t("rating.notYet")}
        </p>
        {!round.ratingOpenedAt && (
          <ActionPanel>
            <StepForm
              area="projects"

              op="openRating"
              hidden={{ roundId: String(round.id) }}
              fields={[]}
              submitLabel={t("staff.openRating")}
            />
          </ActionPanel>
        )}
        {round.ratingOpenedAt && !round.ratingClosedAt && (
          <ActionPanel>
            <StepForm
              area="projects"

              op="closeRating"
              hidden={{ roundId: String(round.id) }}
              fields={[]}
              confirm={{
                question: t("staff.closeRatingConfirm"),
                yes: t("staff.closeRating"),
                no: t("staff.confirmNo"),
              }}
              submitLabel={t("staff.closeRating")}
            />
          </ActionPanel>
        )}
      </Card>
    </>
  );
}
