// A deputy's duty-point ledger (履职积分): every credit with its rule, and the total per term.
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "next/link";
import { ownDutyLedger } from "@/lib/reception/queries";
import { quarterOf } from "@/lib/deputies/duty-archive";

export default async function PointsPage() {
  const actor = await areaActor("deputy");
  if (!actor) return null;
  const [t, ta, format, ledger] = await Promise.all([
    getTranslations("reception"),
    getTranslations("archive"),
    getFormatter(),
    ownDutyLedger(actor),
  ]);
  const quarterName = (at: Date) => {
    const q = quarterOf(at);
    return ta("quarterName", { year: q.slice(0, 4), q: q.slice(-1) });
  };
  return (
    <div className="space-y-5">
      <PageHeader title={t("points.title")} intro={t("points.intro")} />
      {ledger && ledger.totals.length > 0 && (
        <ul className="flex flex-wrap gap-3">
          {ledger.totals.map((x) => (
            <li key={x.term} className="rounded-lg border border-line bg-white px-4 py-3">
              <p className="text-sm text-muted">{t("points.term", { term: x.term })}</p>
              <p className="text-2xl font-bold">{t("points.total", { points: x.points })}</p>
              <p className="text-sm" data-testid={`published-${x.term}`}>
                {t("points.publishedSplit", { published: x.published, pending: x.points - x.published })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {ledger && ledger.totals.length > 0 && (
        <p className="text-sm text-muted">
          {t("points.archiveNote")}{" "}
          <Link href="/deputy/archive" className="text-brand-700 underline underline-offset-4">
            {t("points.archiveLink")}
          </Link>
        </p>
      )}
      <Card title={t("points.ledger")}>
        {!ledger || ledger.entries.length === 0 ? (
          <EmptyState>{t("points.empty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {ledger.entries.map((e) => (
              <li key={e.id} className="flex items-baseline justify-between gap-3 py-2">
                <span>
                  <span className="font-medium">{e.rule.name}</span>
                  <span className="block text-sm text-muted">
                    {format.dateTime(e.occurredAt, { dateStyle: "medium" })} · {quarterName(e.occurredAt)} ·{" "}
                    {e.publishedAt ? t("points.published") : t("points.pending")}
                    {e.note ? ` · ${e.note}` : ""}
                  </span>
                </span>
                <span className="font-mono font-semibold">+{e.points}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
