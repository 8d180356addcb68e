// Leaders' overview of the 民生实事 rounds of their region: each decided project's department, progress, overdue
// milestones, supervision and satisfaction, with the round's totals first.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { ProgressBar, RatingResult } from "@/components/projects/delivery-panel";
import { LightBadge } from "@/components/suggestions/light-badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { deliveryOverview } from "@/lib/projects/delivery-queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("delivery"))("leader.title") };
}

export default async function LeaderProjectsPage() {
  const actor = await areaActor("leader");
  if (!actor) return null;
  const [t, format, rounds] = await Promise.all([getTranslations("delivery"), getFormatter(), deliveryOverview(actor)]);
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("leader.title")} intro={t("leader.intro")} />
      {rounds.length === 0 && <EmptyState>{t("leader.empty")}</EmptyState>}
      {rounds.map((r) => {
        const views = r.candidates.map((c) => c.view).filter((v) => v != null);
        const overdue = views.reduce((n, v) => n + v.overdue, 0);
        // A project without a department yet counts as not started.
        const average = r.candidates.length
          ? Math.round(views.reduce((n, v) => n + v.percent, 0) / r.candidates.length)
          : 0;
        return (
          <Card key={r.id} title={r.title}>
            <p className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <span>{t("leader.projects", { n: r.candidates.length })}</span>
              <span>{t("leader.averageProgress", { percent: average })}</span>
              <LightBadge light={overdue ? "red" : "green"} label={t("leader.overdueTotal", { n: overdue })} />
              <span className="text-muted">
                {r.ratingClosedAt
                  ? t("staff.ratingClosed", { date: format.dateTime(r.ratingClosedAt, { dateStyle: "medium" }) })
                  : r.ratingOpenedAt
                    ? t("rating.inProgress")
                    : t("rating.notYet")}
              </span>
            </p>
            <ol className="divide-y divide-line" data-testid={`leader-round-${r.id}`}>
              {r.candidates.map((c) => (
                <li key={c.id} className="space-y-2 py-3">
                  <p className="font-medium">{c.title}</p>
                  {c.view ? (
                    <>
                      <p className="text-sm text-muted">
                        {t("unitLine", { unit: c.view.unit })} · {t("leadOfficial", { name: c.view.leadOfficial })}
                      </p>
                      <ProgressBar percent={c.view.percent} />
                      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                        <LightBadge
                          light={c.view.overdue ? "red" : "green"}
                          label={c.view.overdue ? t("overdueCount", { n: c.view.overdue }) : t("noOverdue")}
                        />
                        {c.view.milestones
                          .filter((m) => m.state === "overdue")
                          .map((m) => (
                            <span key={m.id} className="text-sm text-red-900">
                              {m.title} · {t("dueOn", { date: m.dueOn })}
                            </span>
                          ))}
                      </div>
                      <RatingResult rating={c.view.rating} dimensions={c.view.dimensionRatings} />
                    </>
                  ) : (
                    <p className="text-sm text-muted">{t("notAssigned")}</p>
                  )}
                </li>
              ))}
            </ol>
          </Card>
        );
      })}
    </div>
  );
}
