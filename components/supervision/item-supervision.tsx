// The supervision side of an item, on the staff's item page: urges sent so far, its cases, and the steps to
// urge the units now or open a case (领衔督办 names a leader).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, EmptyState } from "@/components/ui/card";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import type { supervisionForItem } from "@/lib/supervision/case-queries";

type Props = {
  suggestionId: number;
  /** The item still waits for a unit (assigned or being handled), so urging makes sense. */
  urgeable: boolean;
  facts: Awaited<ReturnType<typeof supervisionForItem>>;
  leaders: { id: number; name: string }[];
  caseHref: string;
  canManage: boolean;
};

export async function ItemSupervision({ suggestionId, urgeable, facts, leaders, caseHref, canManage }: Props) {
  const [t, format] = await Promise.all([getTranslations("supervision"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const hasOpenCase = facts.cases.some((c) => c.status === "OPEN");
  const levelOptions = (["ROUTINE", "KEY", "LEADER_LED"] as const).map((l) => ({ value: l, label: t(`level.${l}`) }));
  return (
    <Card title={t("itemCard")}>
      <ActionPanel>
        <div className="space-y-4">
          <section aria-labelledby={`urges-${suggestionId}`}>
            <h3 id={`urges-${suggestionId}`} className="mb-1 font-semibold">
              {t("urges")}
            </h3>
            {facts.urges.length === 0 ? (
              <p className="text-sm text-muted">{t("noUrges")}</p>
            ) : (
              <ul className="space-y-1 text-sm" data-testid="urges">
                {facts.urges.map((u) => (
                  <li key={u.id}>
                    {u.automatic ? t("urgeAuto") : t("urgeManual")} · {u.assignment.unit.name} · {when(u.createdAt)} ·{" "}
                    {t("urgeFor", { date: day(u.dueAt) })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby={`cases-${suggestionId}`}>
            <h3 id={`cases-${suggestionId}`} className="mb-1 font-semibold">
              {t("cases")}
            </h3>
            {facts.cases.length === 0 ? (
              <p className="text-sm text-muted">{t("noCases")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {facts.cases.map((c) => (
                  <li key={c.id}>
                    <Link href={`${caseHref}/${c.id}`} className="text-brand-700 underline">
                      {t(`level.${c.level}`)}
                      {c.leader ? `（${c.leader.name}）` : ""} · {t(`caseStatus.${c.status}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {canManage && urgeable && (
            <StepForm
              area="supervision"
              op="urge"
              hidden={{ suggestionId: String(suggestionId) }}
              tone="secondary"
              title={t("urgeTitle")}
              submitLabel={t("urgeNow")}
              fields={[{ name: "note", label: t("urgeNote"), kind: "text", max: 500 }]}
            />
          )}
          {canManage && !hasOpenCase && (
            <StepForm
              area="supervision"
              op="openCase"
              hidden={{ suggestionId: String(suggestionId) }}
              tone="secondary"
              title={t("openTitle")}
              submitLabel={t("open")}
              fields={[
                { name: "level", label: t("levelLabel"), kind: "radio", options: levelOptions, defaultValue: "KEY" },
                {
                  name: "leaderId",
                  label: t("leaderLabel"),
                  kind: "select",
                  options: leaders.map((l) => ({ value: String(l.id), label: l.name })),
                  hint: t("leaderHint"),
                },
                { name: "dueOn", label: t("dueLabel"), kind: "date" },
                { name: "reason", label: t("reasonLabel"), kind: "textarea", max: 1000 },
              ]}
            />
          )}
          {facts.cases.length === 0 && facts.urges.length === 0 && !canManage && (
            <EmptyState>{t("noCases")}</EmptyState>
          )}
        </div>
      </ActionPanel>
    </Card>
  );
}
