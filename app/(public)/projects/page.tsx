// 民生实事项目 for everyone: rounds open for proposals, the candidates after screening, and once a round is decided
// the projects with their totals, then their delivery (progress, milestones, reports) and, once the rating window
// has closed, the satisfaction result. Nothing about who voted how (there is nothing to show).
import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonStyles } from "@/components/ui/button-styles";
import { fromDbDate } from "@/lib/calendar/civil-date";
import { publicRounds } from "@/lib/projects/queries";
import { deliveryViews } from "@/lib/projects/delivery-queries";
import { DeliveryPanel } from "@/components/projects/delivery-panel";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects"))("title") };
}

export default async function ProjectsPage() {
  const [t, format, rounds] = await Promise.all([getTranslations("projects"), getFormatter(), publicRounds()]);
  const delivered = await deliveryViews(
    rounds.flatMap((r) => r.candidates.filter((c) => c.outcome === "DECIDED").map((c) => c.id)),
    { notes: false, updates: 3 },
  );
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <PageHeader title={t("title")} intro={t("intro")} />
      <p>
        <Link href="/projects/receipt" className="text-brand-700 underline underline-offset-4">
          {t("receiptCheck")}
        </Link>
      </p>
      {rounds.length === 0 && <EmptyState>{t("empty")}</EmptyState>}
      {rounds.map((r) => (
        <Card key={r.id} title={`${r.title} · ${t(`status.${r.status}`)}`}>
          <p className="text-sm text-muted">
            {r.region} · {t("places", { n: r.places })} ·{" "}
            {t("collectDates", { from: fromDbDate(r.collectFrom), until: fromDbDate(r.collectUntil) })}
          </p>
          {r.status === "COLLECTING" && (
            <Link href={`/projects/${r.id}/propose`} className={`${buttonStyles.primary} mt-3`}>
              {t("propose")}
            </Link>
          )}
          {r.candidates.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold">{r.status === "DECIDED" ? t("decided") : t("candidates")}</h3>
              <ol className="mt-2 divide-y divide-line" data-testid={`round-${r.id}-candidates`}>
                {r.candidates.map((c) => (
                  <li key={c.id} className="py-2">
                    <p className="font-medium">
                      {c.title}
                      {c.outcome && (
                        <span
                          className={`ml-2 rounded px-2 py-0.5 text-sm ${
                            c.outcome === "DECIDED" ? "bg-green-100 text-green-900" : "bg-gray-100 text-muted"
                          }`}
                        >
                          {t(`outcome.${c.outcome}`)}
                        </span>
                      )}
                    </p>
                    <p className="text-sm text-muted">
                      {t("cost", { cost: format.number(Number(c.costWan)) })}
                      {c.tally && <> · {t("tally", c.tally)}</>}
                    </p>
                    {c.outcome === "DECIDED" && (
                      <div className="mt-2">
                        <DeliveryPanel
                          title={c.title}
                          view={delivered.get(c.id)}
                          rating={r.ratingClosedAt ? "show" : "hide"}
                        />
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}
        </Card>
      ))}
    </div>
  );
}
