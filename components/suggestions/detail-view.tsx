// The body of a suggestion for the people handling it: what was raised, by whom (as far as they may know),
// the units, the replies and the whole history. The page around it adds the steps the viewer may take.
import type { ReactNode } from "react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SuggestionDetail } from "@/lib/suggestions/detail";
import { Card } from "@/components/ui/card";
import { UnmaskPhone } from "./unmask-phone";
import { AttachmentLinks } from "./attachment-links";
import { RelayThread } from "./relay-thread";
import { DeadlineLight } from "./deadline-light";

type Props = { s: SuggestionDetail; actions: ReactNode; canUnmask?: boolean; viewer?: "staff" | "unit" | "other" };

export async function SuggestionDetailView({ s, actions, canUnmask = false, viewer = "other" }: Props) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <div className="space-y-5">
      <header>
        <p className="text-sm text-muted">
          <Link href={`/track/${s.trackingCode}`} className="font-mono hover:text-brand-700">
            {s.trackingCode}
          </Link>{" "}
          · {t(`kind.${s.kind}`)}
          {s.number !== null && s.numberYear !== null && (
            <span data-testid="deputy-number">
              {" "}
              {t("workbench.number.value", { year: s.numberYear, number: s.number })}
            </span>
          )}{" "}
          · {t(`source.${s.source}`)} · {s.category.name}
        </p>
        <h1 className="text-2xl font-bold">{s.title}</h1>
        {s.coSigners.length > 0 && (
          <p className="mt-1 text-sm text-muted">
            {t("workbench.number.coSigners")}：{s.coSigners.map((c) => c.deputy.name).join("、")}
          </p>
        )}
        <p className="mt-1 flex flex-wrap gap-x-3 text-muted">
          <span data-testid="stage" className="font-semibold text-ink">
            {t(`status.${s.status}`)}
          </span>
          {s.round > 1 && <span>{t("track.round", { round: s.round })}</span>}
          {s.dueAt && (
            <DeadlineLight
              dueAt={s.dueAt}
              status={s.status}
              fallback={
                <span>
                  {t("detail.dueAt")} {day(s.dueAt)}
                </span>
              }
            />
          )}
          <span>{s.station?.name ?? s.region.name}</span>
        </p>
        {viewer === "staff" && (
          <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
            <Link href={`/track/${s.trackingCode}/receipt`} className="text-brand-700 underline underline-offset-4">
              {t("paper.receipt.link")}
            </Link>
            {s.assignments.some((a) => a.round === s.round) && (
              <Link href={`/staff/suggestions/${s.id}/sheet`} className="text-brand-700 underline underline-offset-4">
                {t("paper.sheet.link")}
              </Link>
            )}
          </p>
        )}
      </header>

      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-5">
          <Card title={t("detail.content")}>
            <p className="whitespace-pre-line">{s.content}</p>
            {s.locationText && (
              <p className="mt-2 text-sm text-muted">
                {t("suggest.fieldLocation")}：{s.locationText}
              </p>
            )}
            <AttachmentLinks files={s.attachments} />
            <p className="mt-3 text-sm">
              {t("detail.proposer")}：{s.proposerHidden ? t("detail.confidential") : (s.proposer?.name ?? "—")}
              {s.proposer?.phoneMasked && (
                <>
                  {" "}
                  ·{" "}
                  {canUnmask ? (
                    <UnmaskPhone suggestionId={s.id} masked={s.proposer.phoneMasked} />
                  ) : (
                    s.proposer.phoneMasked
                  )}
                </>
              )}
              {s.confidential && !s.proposerHidden && (
                <span className="ml-2 rounded bg-amber-100 px-1.5 text-amber-950">{t("detail.confidentialTag")}</span>
              )}
            </p>
          </Card>

          {s.assignments.length > 0 && (
            <Card title={t("detail.units")}>
              <ul className="divide-y divide-line">
                {s.assignments.map((a) => (
                  <li key={a.id} className="py-2">
                    <p className="font-medium">
                      {a.unit.name} · {t(`assignmentRole.${a.role}`)} · {t(`assignmentStatus.${a.status}`)}
                      {a.round > 1 ? ` · ${t("track.round", { round: a.round })}` : ""}
                    </p>
                    <p className="text-sm text-muted">
                      {t("detail.dueAt")} {day(a.dueAt)}
                    </p>
                    {a.returnReason && (
                      <p className="text-sm">
                        {t("detail.returnReason")}：{a.returnReason}
                      </p>
                    )}
                    {a.coOpinion && (
                      <p className="mt-1 rounded bg-paper p-2 text-sm">
                        {t("detail.coOpinion")}：{a.coOpinion}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </Card>
          )}

          {s.replies.map((r) => (
            <Card key={r.id} title={`${t("track.replyBy", { unit: r.unit.name })} · ${t(`replyStatus.${r.status}`)}`}>
              <p className="mb-2 inline-block rounded bg-brand-50 px-2 py-0.5 text-sm font-medium text-brand-800">
                {t(`replyClass.${r.classification}`)}
              </p>
              <p className="whitespace-pre-line">{r.content}</p>
              <AttachmentLinks files={r.attachments} label={t("detail.replyFiles")} />
              {r.reworkReason && (
                <p className="mt-2 text-sm text-brand-800">
                  {t("detail.reworkReason")}：{r.reworkReason}
                </p>
              )}
              <p className="mt-2 text-sm text-muted">{date(r.createdAt)}</p>
            </Card>
          ))}

          <RelayThread messages={s.relays} viewer={viewer} suggestionId={s.id} version={s.version} />

          {s.records.length > 0 && (
            <Card title={t("detail.records")}>
              <ul className="divide-y divide-line">
                {s.records.map((r) => (
                  <li key={r.id} className="py-2">
                    <p className="font-medium">
                      {t(`recordKind.${r.kind}`)}
                      {r.contactMethod ? ` · ${t(`contactMethod.${r.contactMethod}`)}` : ""} · {day(r.occurredAt)}
                    </p>
                    <p className="text-sm">{r.content}</p>
                  </li>
                ))}
              </ul>
            </Card>
          )}

          <Card title={t("track.history")}>
            <ol className="space-y-2 border-l-2 border-line pl-4">
              {s.events.map((e) => (
                <li key={e.id}>
                  <p className="font-medium">
                    {t.has(`eventAction.${e.action}`) ? t(`eventAction.${e.action}`) : e.action} →{" "}
                    {t(`status.${e.toStatus}`)}
                  </p>
                  <p className="text-sm text-muted">
                    {date(e.createdAt)}
                    {e.actorRole ? ` · ${t(`roles.${e.actorRole}`)}` : ""}
                    {e.actorName ? ` ${e.actorName}` : ""}
                  </p>
                  {e.reason && <p className="text-sm">{e.reason}</p>}
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <aside className="space-y-4" aria-label={t("detail.actions")}>
          {actions}
        </aside>
      </div>
    </div>
  );
}
