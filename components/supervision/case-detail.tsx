// One supervision case: the item it is about, its level, leader and due date, the urges sent, notes and
// instructions, its own history, and the steps the viewer may take (staff: edit, close, reopen, note; the leading
// leader: note).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import type { CaseDetail } from "@/lib/supervision/case-queries";

type Props = { c: CaseDetail; itemHref: string; leaders: { id: number; name: string }[] };

export async function CaseDetailView({ c, itemHref, leaders }: Props) {
  const [t, ts, tr, format] = await Promise.all([
    getTranslations("supervision"),
    getTranslations("status"),
    getTranslations("roles"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const hidden = { caseId: String(c.id), version: String(c.version) };
  const levelOptions = (["ROUTINE", "KEY", "LEADER_LED"] as const).map((l) => ({ value: l, label: t(`level.${l}`) }));
  const forms = [];
  if (c.canNote) {
    forms.push(
      <StepForm
        area="supervision"
        key="note"
        op="addNote"
        hidden={{ caseId: String(c.id) }}
        title={t("noteTitle")}
        submitLabel={t("addNote")}
        fields={[{ name: "content", label: t("noteLabel"), kind: "textarea", max: 2000 }]}
      />,
    );
  }
  if (c.canManage && c.status === "OPEN") {
    forms.push(
      <StepForm
        area="supervision"
        key="edit"
        op="editCase"
        hidden={hidden}
        tone="secondary"
        title={t("editTitle")}
        submitLabel={t("save")}
        fields={[
          { name: "level", label: t("levelLabel"), kind: "radio", options: levelOptions, defaultValue: c.level },
          {
            name: "leaderId",
            label: t("leaderLabel"),
            kind: "select",
            options: leaders.map((l) => ({ value: String(l.id), label: l.name })),
            defaultValue: c.leaderId ? String(c.leaderId) : "",
            hint: t("leaderHint"),
          },
          { name: "dueOn", label: t("dueLabel"), kind: "date", defaultValue: c.dueAt ? shanghaiDateOf(c.dueAt) : "" },
          { name: "reason", label: t("reasonLabel"), kind: "textarea", max: 1000, defaultValue: c.reason },
        ]}
      />,
      <StepForm
        area="supervision"
        key="close"
        op="closeCase"
        hidden={hidden}
        tone="secondary"
        title={t("closeTitle")}
        submitLabel={t("close")}
        fields={[{ name: "note", label: t("closeNote"), kind: "textarea", max: 1000 }]}
      />,
    );
  }
  if (c.canManage && c.status === "CLOSED") {
    forms.push(
      <StepForm
        area="supervision"
        key="reopen"
        op="reopenCase"
        hidden={hidden}
        tone="secondary"
        title={t("reopenTitle")}
        submitLabel={t("reopen")}
        fields={[{ name: "note", label: t("reopenNote"), kind: "textarea", max: 1000 }]}
      />,
    );
  }
  const name = (u: { name: string; role: string } | null) => (u ? `${u.name}（${tr(u.role)}）` : t("system"));

  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("caseTitle", { level: t(`level.${c.level}`) })} intro={c.suggestion.title} />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-5">
          <Card title={t("facts")}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
              <dt className="text-muted">{t("colItem")}</dt>
              <dd>
                <Link href={itemHref} className="font-medium text-brand-700 underline">
                  {c.suggestion.trackingCode}「{c.suggestion.title}」
                </Link>{" "}
                · {ts(c.suggestion.status)}
              </dd>
              <dt className="text-muted">{t("colLevel")}</dt>
              <dd>{t(`level.${c.level}`)}</dd>
              <dt className="text-muted">{t("colLeader")}</dt>
              <dd>{c.leader?.name ?? "—"}</dd>
              <dt className="text-muted">{t("colStatus")}</dt>
              <dd>{t(`caseStatus.${c.status}`)}</dd>
              <dt className="text-muted">{t("colDue")}</dt>
              <dd>{c.dueAt ? day(c.dueAt) : "—"}</dd>
              <dt className="text-muted">{t("reasonLabel")}</dt>
              <dd className="whitespace-pre-wrap">{c.reason}</dd>
              <dt className="text-muted">{t("colOpened")}</dt>
              <dd>
                {when(c.openedAt)} · {c.sourceKey ? t("openedBySystem") : name(c.openedBy)}
              </dd>
            </dl>
          </Card>
          <Card title={t("urges")}>
            {c.suggestion.urges.length === 0 ? (
              <EmptyState>{t("noUrges")}</EmptyState>
            ) : (
              <ul className="divide-y divide-line">
                {c.suggestion.urges.map((u) => (
                  <li key={u.id} className="py-2 text-sm">
                    {when(u.createdAt)} · {u.automatic ? t("urgeAuto") : t("urgeManual")} · {u.assignment.unit.name} ·{" "}
                    {t("urgeFor", { date: day(u.dueAt) })}
                    {u.note ? ` · ${u.note}` : ""}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t("notes")}>
            {c.notes.length === 0 ? (
              <EmptyState>{t("noNotes")}</EmptyState>
            ) : (
              <ul className="space-y-3">
                {c.notes.map((n) => (
                  <li key={n.id} className="rounded-md border border-line p-3">
                    <p className="text-sm text-muted">
                      {name(n.author)} · {when(n.createdAt)}
                    </p>
                    <p className="mt-1 whitespace-pre-wrap">{n.content}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t("history")}>
            {c.events.length === 0 ? (
              <EmptyState>{t("noHistory")}</EmptyState>
            ) : (
              <ol className="space-y-2">
                {c.events.map((e) => (
                  <li key={e.id} className="text-sm">
                    <span className="font-medium">{t(`event.${e.action}`)}</span> · {name(e.actor)} ·{" "}
                    {when(e.createdAt)}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
        <aside className="space-y-4" aria-label={t("steps")}>
          <Card title={t("steps")}>
            <ActionPanel>
              {forms.length === 0 ? <EmptyState>{t("noSteps")}</EmptyState> : <div className="space-y-6">{forms}</div>}
            </ActionPanel>
          </Card>
        </aside>
      </div>
    </div>
  );
}
