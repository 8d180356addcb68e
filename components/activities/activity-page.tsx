// One duty activity's working page for staff and station admins: attendance (points by the rubric), the report,
// photos, issues found (each raised as a suggestion in one step) and, for a 述职, the residents' rating link and
// counts. What the page offers follows the use cases, which check again.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { foundOrNull } from "@/lib/errors";
import { parseId } from "@/lib/validation/fields";
import { getActivity } from "@/lib/activities/queries";
import { RULE_OF_KIND } from "@/lib/activities/kinds";
import { listDutyRules } from "@/lib/reception/duty-rules";
import { suggestionFormOptions } from "@/lib/suggestions/form-options";
import { publicOrigin } from "@/lib/http/public-url";
import { Card, EmptyState } from "@/components/ui/card";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { ActivityPhotoForm } from "./activity-photo-form";
import { RatingCountsLine } from "./rating-counts-line";

export async function ActivityPage({ actor, id, basePath }: { actor: Actor; id: string; basePath: string }) {
  const n = parseId(id);
  const a = n ? await foundOrNull(getActivity(actor, n)) : null;
  if (!a) notFound();
  const [t, format, rules, options, origin] = await Promise.all([
    getTranslations("activities"),
    getFormatter(),
    listDutyRules(),
    suggestionFormOptions(null),
    publicOrigin(),
  ]);
  const rule = rules.find((r) => r.code === RULE_OF_KIND[a.kind] && r.active);
  const started = a.startsAt <= new Date();
  const attended = a.deputies.filter((d) => d.attended);
  const hidden = { activityId: String(a.id) };
  return (
    <div className="space-y-5">
      <p>
        <Link href={`${basePath}/activities`} className="text-brand-700 underline-offset-4 hover:underline">
          ← {t("detail.back")}
        </Link>
      </p>
      <header>
        <p className="text-sm text-muted">
          {t(`kind.${a.kind}`)} · {a.station?.name ?? t("detail.region", { name: a.region.name })}
        </p>
        <h1 className="text-2xl font-bold">{a.theme}</h1>
        <p className="mt-1">
          {t("detail.when", {
            start: format.dateTime(a.startsAt, { dateStyle: "full", timeStyle: "short" }),
            end: format.dateTime(a.endsAt, { timeStyle: "short" }),
          })}{" "}
          · {a.place}
        </p>
      </header>
      <ActionPanel>
        <div className="space-y-5">
          <Card title={t("detail.attendanceTitle")}>
            <ul className="mb-3 flex flex-wrap gap-2">
              {a.deputies.map((d) => (
                <li key={d.deputy.id} className="rounded-full border border-line px-3 py-1 text-sm">
                  {d.deputy.name} ·{" "}
                  {d.attended ? t("detail.attendedMark") : started ? t("detail.absentMark") : t("detail.pendingMark")}
                </li>
              ))}
            </ul>
            {started ? (
              <>
                <p className="mb-2 text-sm text-muted">
                  {rule
                    ? t("detail.attendanceHint", { rule: rule.name, points: rule.points })
                    : t("detail.attendanceHintNoRule")}
                </p>
                <StepForm
                  area="activities"
                  op="markAttendance"
                  idPrefix="att-"

                  hidden={hidden}
                  submitLabel={t("detail.attendanceSave")}
                  fields={[
                    {
                      name: "attendedDeputyIds",
                      label: t("detail.attendanceTitle"),
                      kind: "checkboxes",
                      options: a.deputies.map((d) => ({
                        value: String(d.deputy.id),
                        label: d.deputy.name,
                        checked: attended.some((x) => x.deputy.id === d.deputy.id),
                      })),
                    },
                  ]}
                />
              </>
            ) : (
              <p className="text-sm text-muted">{t("detail.notStarted")}</p>
            )}
          </Card>
          <Card title={t("detail.reportTitle")}>
            {a.report && <p className="mb-3 whitespace-pre-line">{a.report}</p>}
            <StepForm
              area="activities"
              op="saveReport"
              idPrefix="rep-"

              hidden={hidden}
              tone="secondary"
              submitLabel={t("detail.reportSave")}
              fields={[
                {
                  name: "report",
                  label: t("detail.reportLabel"),
                  kind: "textarea",
                  max: 8000,
                  defaultValue: a.report ?? "",
                },
              ]}
            />
          </Card>
          <Card title={t("detail.issuesTitle")}>
            {a.issues.length === 0 ? (
              <EmptyState>{t("detail.noIssues")}</EmptyState>
            ) : (
              <ol className="mb-4 space-y-4">
                {a.issues.map((i, k) => (
                  <li key={i.id} className="rounded-md border border-line p-3">
                    <p className="whitespace-pre-line">
                      {k + 1}. {i.text}
                    </p>
                    {i.suggestion ? (
                      <p className="mt-2 text-sm text-green-800">
                        {t("detail.raisedAs", { title: i.suggestion.title, code: i.suggestion.trackingCode })}
                      </p>
                    ) : attended.length === 0 ? (
                      <p className="mt-2 text-sm text-muted">{t("detail.raiseNeedsAttendance")}</p>
                    ) : (
                      <div className="mt-3">
                        <StepForm
                          area="activities"
                          op="raiseIssue"
                          idPrefix={`issue${i.id}-`}

                          hidden={{ issueId: String(i.id) }}
                          tone="secondary"
                          layout="columns"
                          submitLabel={t("detail.raise")}
                          fields={[
                            { name: "title", label: t("detail.raiseTitle"), kind: "text", max: 100 },
                            {
                              name: "categoryId",
                              label: t("detail.raiseCategory"),
                              kind: "select",
                              options: options.categories.map((c) => ({ value: String(c.id), label: c.name })),
                            },
                            {
                              name: "deputyId",
                              label: t("detail.raiseDeputy"),
                              kind: "select",
                              options: attended.map((d) => ({ value: String(d.deputy.id), label: d.deputy.name })),
                              defaultValue: String(attended[0].deputy.id),
                            },
                          ]}
                        />
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            )}
            <StepForm
              area="activities"
              op="addIssue"
              idPrefix="new-"

              hidden={hidden}
              tone="secondary"
              submitLabel={t("detail.addIssue")}
              fields={[{ name: "text", label: t("detail.issueLabel"), kind: "textarea", max: 2000 }]}
            />
          </Card>
          <Card title={t("detail.photosTitle")}>
            {a.photos.length === 0 ? (
              <EmptyState>{t("detail.noPhotos")}</EmptyState>
            ) : (
              <ul className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-4">
                {a.photos.map((p, k) => (
                  <li key={p.id}>
                    <a href={`/api/activity-photos/${p.id}`} target="_blank" rel="noreferrer">
                      {/* eslint-disable-next-line @next/next/no-img-element -- a private, already small thumbnail */}
                      <img
                        src={`/api/activity-photos/${p.id}?size=thumb`}
                        alt={t("detail.photoAlt", { n: k + 1 })}
                        className="aspect-square w-full rounded-md border border-line object-cover"
                      />
                    </a>
                  </li>
                ))}
              </ul>
            )}
            <ActivityPhotoForm
              activityId={a.id}
              label={t("detail.photosLabel")}
              hint={t("detail.photosHint")}
              submitLabel={t("detail.addPhotos")}
            />
          </Card>
          {a.kind === "REPORT_TO_VOTERS" && a.ratingClosesAt && (
            <Card title={t("detail.ratingTitle")}>
              <p>{t("detail.ratingLink")}</p>
              <p className="my-2 break-all rounded-md bg-paper px-3 py-2 font-mono text-sm">
                {`${origin}/activities/${a.id}/rate`}
              </p>
              <p className="text-sm text-muted">
                {t("detail.ratingUntil", {
                  date: format.dateTime(a.ratingClosesAt, { dateStyle: "medium", timeStyle: "short" }),
                })}
              </p>
              {a.ratings && (
                <p className="mt-2 font-medium">
                  <RatingCountsLine counts={a.ratings} />
                </p>
              )}
            </Card>
          )}
        </div>
      </ActionPanel>
    </div>
  );
}
