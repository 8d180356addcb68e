// 限时反馈 items still waiting for their answer, for staff (their region) and station admins (their stations): due
// date, overdue marked, and the answer recorded here (lib/reception/three-lists.ts).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { openFeedbackItems } from "@/lib/reception/three-lists";
import { toDbDate } from "@/lib/calendar/civil-date";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";

export async function OpenFeedback({ actor, sessionsPath }: { actor: Actor; sessionsPath: string }) {
  const [t, format, items] = await Promise.all([
    getTranslations("receptionLists"),
    getFormatter(),
    openFeedbackItems(actor),
  ]);
  const day = (d: string) => format.dateTime(toDbDate(d), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="space-y-5">
      <PageHeader title={t("open.title")} intro={t("open.intro")} />
      <ActionPanel>
        <Card>
          {items.length === 0 ? (
            <EmptyState>{t("open.empty")}</EmptyState>
          ) : (
            <ul className="divide-y divide-line">
              {items.map((i) => (
                <li key={i.id} className="space-y-2 py-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className={i.overdue ? "font-semibold text-red-800" : "font-semibold"}>
                      {t("open.dueOn", { date: day(i.due) })}
                    </span>
                    {i.overdue && (
                      <span className="rounded-full bg-red-100 px-2 py-0.5 text-sm font-medium text-red-900">
                        {t("open.overdue")}
                      </span>
                    )}
                  </p>
                  <p className="whitespace-pre-line">{i.text}</p>
                  <p className="text-sm text-muted">
                    <Link href={`${sessionsPath}/${i.session.id}`} className="hover:text-brand-700">
                      {t("open.session", {
                        station: i.session.station.name,
                        theme: i.session.theme,
                        date: format.dateTime(i.session.startsAt, { dateStyle: "medium" }),
                      })}
                    </Link>
                  </p>
                  <StepForm
                    area="reception"
                    op="answerListItem"
                    idPrefix={`answer${i.id}-`}
                    hidden={{ itemId: i.id }}
                    layout="inline"
                    tone="secondary"
                    submitLabel={t("answerSave")}
                    fields={[{ name: "answer", label: t("answer"), kind: "text", max: 1000 }]}
                  />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </ActionPanel>
    </div>
  );
}
