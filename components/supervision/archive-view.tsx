// 履职档案, laid out to read on screen and to print (述职): plain tables, no navigation in print.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import type { DutyArchive } from "@/lib/deputies/duty-archive";
import { PrintButton } from "@/components/ui/print-button";
import { ArchiveActivities } from "@/components/activities/archive-activities";

export async function ArchiveView({ a, basePath }: { a: DutyArchive; basePath: string }) {
  const [t, tl] = await Promise.all([getTranslations("archive"), getTranslations("archive.deputyLevel")]);
  const m = a.mandate;
  const period = m.startsOn || m.endsOn ? `${m.startsOn ?? "…"} — ${m.endsOn ?? "…"}` : t("wholeRecord");
  const row = (label: string, value: number | string) => (
    <tr key={label}>
      <th scope="row" className="py-1 pr-4 text-left font-normal text-muted">
        {label}
      </th>
      <td className="py-1 font-semibold tabular-nums">{value}</td>
    </tr>
  );
  return (
    <article className="archive min-w-0 space-y-5">
      <PageHeader
        title={t("title", { name: a.deputy.name })}
        intro={`${tl(m.level)} · ${t("term", { term: m.term })} · ${m.regionName} · ${period}`}
      />
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        {a.mandates.length > 1 && (
          <nav aria-label={t("terms")} className="flex flex-wrap gap-2">
            {a.mandates.map((x) => (
              <Link
                key={x.id}
                href={`${basePath}?mandate=${x.id}`}
                aria-current={x.id === m.id ? "page" : undefined}
                className="rounded-full border border-line px-3 py-1 aria-[current=page]:font-semibold"
              >
                {tl(x.level)} · {t("term", { term: x.term })}
              </Link>
            ))}
          </nav>
        )}
        <PrintButton label={t("print")} />
      </div>
      {a.deputy.stations.length > 0 && (
        <p className="text-sm">{t("stations", { names: a.deputy.stations.join("、") })}</p>
      )}
      <div className="grid gap-5 md:grid-cols-2">
        <Card title={t("receptions")}>
          <table>
            <tbody>
              {row(t("attended"), a.receptions.attended)}
              {row(t("absent"), a.receptions.absent)}
              {row(t("residentsMet"), a.receptions.residentsMet)}
            </tbody>
          </table>
        </Card>
        <Card title={t("suggestions")}>
          <table>
            <tbody>
              {row(t("raised"), a.suggestions.raised)}
              {row(t("inProgress"), a.suggestions.inProgress)}
              {row(t("closed"), a.suggestions.closed)}
              {row(t("declined"), a.suggestions.declined)}
              {row(t("merged"), a.suggestions.merged)}
              {row(
                t("replyClasses"),
                (["A", "B", "C", "D"] as const).map((c) => `${c} ${a.suggestions.byReplyClass[c]}`).join(" · "),
              )}
              {row(t("satisfied"), a.suggestions.satisfied)}
              {row(t("basicallySatisfied"), a.suggestions.basicallySatisfied)}
              {row(t("unsatisfied"), a.suggestions.unsatisfied)}
            </tbody>
          </table>
        </Card>
      </div>
      <Card title={t("points")}>
        <p className="mb-2 text-sm text-muted">
          {a.allPoints ? t("pointsAllNote", { unpublished: a.points.unpublished }) : t("pointsPublishedNote")}
        </p>
        {a.points.byRule.length === 0 ? (
          <EmptyState>{t("noPoints")}</EmptyState>
        ) : (
          <div className="grid gap-5 md:grid-cols-2">
            <table className="w-full text-left">
              <caption className="mb-1 text-left font-semibold">{t("byRule")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("rule")}</th>
                  <th scope="col">{t("times")}</th>
                  <th scope="col">{t("pointsCol")}</th>
                </tr>
              </thead>
              <tbody>
                {a.points.byRule.map((r) => (
                  <tr key={r.code}>
                    <td>{r.name}</td>
                    <td className="tabular-nums">{r.count}</td>
                    <td className="tabular-nums">{r.points}</td>
                  </tr>
                ))}
                <tr className="font-semibold">
                  <td>{t("total")}</td>
                  <td />
                  <td className="tabular-nums">{a.points.total}</td>
                </tr>
              </tbody>
            </table>
            <table className="w-full text-left">
              <caption className="mb-1 text-left font-semibold">{t("byQuarter")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("quarter")}</th>
                  <th scope="col">{t("pointsCol")}</th>
                  <th scope="col">{t("publishedCol")}</th>
                </tr>
              </thead>
              <tbody>
                {a.points.byQuarter.map((q) => (
                  <tr key={q.quarter}>
                    <td>{t("quarterName", { year: q.quarter.slice(0, 4), q: q.quarter.slice(-1) })}</td>
                    <td className="tabular-nums">{q.points}</td>
                    <td>{q.published ? t("yes") : t("no")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <ArchiveActivities part={a.activities} />
    </article>
  );
}
