// Staff: deputies of their region ranked by duty points in a term.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { dutyRanking, dutyTerms } from "@/lib/reception/queries";
import { listDutyRules } from "@/lib/reception/duty-rules";
import { roleMay } from "@/lib/auth/permissions";
import { StepForm } from "@/components/forms/step-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { RuleKind } from "@/components/activities/rule-kind";

export default async function RankingPage({ searchParams }: { searchParams: Promise<{ term?: string }> }) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const [t, terms, { term: raw }] = await Promise.all([getTranslations("reception"), dutyTerms(), searchParams]);
  const term = raw && /^\d{1,3}$/.test(raw) ? Number(raw) : terms[0];
  const [rows, rules] = await Promise.all([term != null ? dutyRanking(actor, term) : [], listDutyRules()]);
  const mayConfigure = roleMay(actor, "dutyPoints.configure");
  return (
    <div className="space-y-5">
      <PageHeader title={t("ranking.title")} intro={t("ranking.intro")} />
      {terms.length > 1 && (
        <nav aria-label={t("ranking.terms")} className="flex flex-wrap gap-2">
          {terms.map((x) => (
            <Link
              key={x}
              href={`/staff/points?term=${x}`}
              aria-current={x === term ? "page" : undefined}
              className={`rounded-full border px-3 py-1 text-sm ${x === term ? "border-brand-600 bg-brand-50 font-medium" : "border-line bg-white"}`}
            >
              {t("points.term", { term: x })}
            </Link>
          ))}
        </nav>
      )}
      <Card title={term != null ? t("points.term", { term }) : undefined}>
        {!rows || rows.length === 0 ? (
          <EmptyState>{t("ranking.empty")}</EmptyState>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-muted">
              <tr>
                <th className="py-2 pr-3 font-medium">{t("ranking.rank")}</th>
                <th className="py-2 pr-3 font-medium">{t("ranking.deputy")}</th>
                <th className="py-2 pr-3 font-medium">{t("ranking.points")}</th>
                <th className="py-2 font-medium">{t("ranking.entries")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {rows.map((r, i) => (
                <tr key={r.deputyId}>
                  <td className="py-2 pr-3">{i + 1}</td>
                  <td className="py-2 pr-3">
                    <Link href={`/deputies/${r.deputyId}`} className="text-brand-700 hover:underline">
                      {r.name}
                    </Link>
                  </td>
                  <td className="py-2 pr-3 font-semibold">{r.points}</td>
                  <td className="py-2">{r.entries}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card title={t("rules.title")}>
        <p className="mb-3 text-sm text-muted">{t("rules.intro")}</p>
        <ActionPanel>
          <ul className="divide-y divide-line">
            {rules.map((r) => (
              <li key={r.id} className="py-3">
                <p className="font-medium">
                  {r.name}{" "}
                  <span className="text-sm text-muted">
                    {r.active ? t("rules.points", { points: r.points }) : t("rules.off")}
                  </span>
                </p>
                <RuleKind code={r.code} />
                {mayConfigure && (
                  <StepForm
                    area="reception"
                    op="dutyRule"
                    idPrefix={`rule${r.id}-`}
                    layout="inline"
                    submitLabel={t("rules.save")}
                    hidden={{ ruleId: r.id }}
                    fields={[
                      { name: "points", label: t("rules.pointsLabel"), kind: "number", defaultValue: String(r.points) },
                      {
                        name: "active",
                        label: t("rules.activeLabel"),
                        kind: "select",
                        defaultValue: r.active ? "yes" : "no",
                        options: [
                          { value: "yes", label: t("rules.on") },
                          { value: "no", label: t("rules.offOption") },
                        ],
                      },
                    ]}
                  />
                )}
              </li>
            ))}
          </ul>
        </ActionPanel>
      </Card>
    </div>
  );
}
