// 述职评议: a resident who attended a deputy's report to voters rates it here (the link staff hand out, also shown on
// the deputy's public page while the window is open). Signed-in residents only; one rating each.
import { notFound, redirect } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { roleMay } from "@/lib/auth/permissions";
import { parseId } from "@/lib/validation/fields";
import { ownRating, ratingOpen, reportForRating } from "@/lib/activities/rate-report";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";

const RESULTS = ["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities"))("rate.title") };
}

export default async function RateReportPage({ params }: { params: Promise<{ id: string }> }) {
  const n = parseId((await params).id);
  const a = n ? await reportForRating(n) : null;
  if (!a) notFound();
  const actor = await getActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/activities/${a.id}/rate`)}`);
  const [t, te, format] = await Promise.all([
    getTranslations("activities"),
    getTranslations("evaluation"),
    getFormatter(),
  ]);
  const mine = roleMay(actor, "activity.rate") ? await ownRating(a.id, actor.id) : null;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeader title={t("rate.title")} intro={a.theme} />
      <div className="rounded-lg border border-line bg-white p-5 shadow-sm">
        <p>{t("rate.deputies", { names: a.deputies.map((d) => d.deputy.name).join("、") })}</p>
        <p className="mb-4 text-sm text-muted">
          {t("rate.when", {
            date: format.dateTime(a.startsAt, { dateStyle: "long", timeStyle: "short" }),
            place: a.place,
          })}
        </p>
        {!roleMay(actor, "activity.rate") ? (
          <Alert tone="info">{t("rate.residentsOnly")}</Alert>
        ) : mine ? (
          <Alert tone="info">{t("rate.rated", { result: te(mine.result) })}</Alert>
        ) : !ratingOpen(a, new Date()) ? (
          <Alert tone="info">{t("rate.closed")}</Alert>
        ) : (
          <ActionPanel>
            <p className="mb-3">{t("rate.intro")}</p>
            <StepForm
              area="activities"
              op="rate"

              hidden={{ activityId: String(a.id) }}
              submitLabel={t("rate.submit")}
              fields={[
                {
                  name: "result",
                  label: t("rate.choice"),
                  kind: "select",
                  options: RESULTS.map((r) => ({ value: r, label: te(r) })),
                },
              ]}
            />
          </ActionPanel>
        )}
      </div>
    </div>
  );
}
