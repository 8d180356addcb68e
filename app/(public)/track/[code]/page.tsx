import Link from "next/link";
import { DeadlineLight } from "@/components/suggestions/deadline-light";
import { notFound, redirect } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { currentClientInfo } from "@/lib/http/client-info";
import { getPublicTracking, proposerView } from "@/lib/suggestions/public-tracking";
import { getActor } from "@/lib/auth/current-actor";
import { StepForm } from "@/components/forms/step-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { trackingCodeSchema } from "@/lib/suggestions/schemas";
import { Card, EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { LoopSteps } from "@/components/suggestions/loop-steps";
import { AttachmentLinks } from "@/components/suggestions/attachment-links";
import { RelayThread } from "@/components/suggestions/relay-thread";
import { isLetterCode } from "@/lib/deputy-letters/queries";

export const metadata: Metadata = { robots: { index: false } };

export default async function TrackCodePage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ new?: string }>;
}) {
  const [{ code }, { new: isNew }] = await Promise.all([params, searchParams]);
  if (!trackingCodeSchema.safeParse(code).success) notFound();
  const client = await currentClientInfo();
  const item = await getPublicTracking(code, client);
  if (!item) {
    // A letter to a deputy has its own page (only its writer reads it).
    if (await isLetterCode(code)) redirect(`/track/letter/${code}`);
    redirect(`/track?missing=1&code=${encodeURIComponent(code)}`);
  }
  const actor = await getActor();
  const [t, format, own] = await Promise.all([
    getTranslations(),
    getFormatter(),
    proposerView(actor, item.trackingCode, client),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const declined = item.events.findLast((e) => e.toStatus === "DECLINED");

  return (
    <div className="mx-auto max-w-2xl space-y-5">
      {isNew && (
        <Alert tone="info">
          {t("track.received")}{" "}
          <strong className="font-mono text-lg tracking-widest" data-testid="tracking-code">
            {item.trackingCode}
          </strong>
        </Alert>
      )}
      <header>
        <p className="text-sm text-muted">
          {t("track.code")} <span className="font-mono">{item.trackingCode}</span> · {item.category.name}
        </p>
        <h1 className="text-2xl font-bold">{item.title}</h1>
        <p className="mt-1 text-muted">
          {t("track.submittedAt")} {date(item.submittedAt)}
          {item.station && (
            <>
              {" "}
              ·{" "}
              <Link href={`/stations/${item.station.id}`} className="hover:text-brand-700">
                {item.station.name}
              </Link>
            </>
          )}
        </p>
        <p className="mt-1">
          <Link href={`/track/${item.trackingCode}/receipt`} className="text-brand-700 underline underline-offset-4">
            {t("paper.receipt.link")}
          </Link>
        </p>
      </header>

      <Card title={t("track.currentStage")}>
        <p className="mb-3 text-lg font-semibold" data-testid="stage">
          {t(`status.${item.status}`)}
          {item.round > 1 && ` · ${t("track.round", { round: item.round })}`}
        </p>
        {item.dueAt && (
          <p className="mb-3">
            <DeadlineLight dueAt={item.dueAt} status={item.status} />
          </p>
        )}
        {item.status !== "DECLINED" && item.status !== "MERGED" && <LoopSteps status={item.status} />}
        {declined && (
          <div className="mt-3 space-y-1">
            <p className="font-medium">
              {t("track.declinedBy", { role: t(`roles.${declined.actorRole ?? "COMMITTEE_STAFF"}`) })}
            </p>
            {item.declineReason && (
              <p>
                {t("track.declineReason")}：{item.declineReason}
              </p>
            )}
            {item.referral && (
              <p>
                {t("track.referral")}：{item.referral}
              </p>
            )}
          </div>
        )}
        {item.mergedInto && (
          <p className="mt-3">
            {t.rich("track.mergedInto", {
              code: item.mergedInto.trackingCode,
              link: (chunks) => (
                <Link href={`/track/${item.mergedInto!.trackingCode}`} className="font-mono text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
      </Card>

      {item.replies.map((r) => (
        <Card
          key={r.id}
          title={`${t("track.replyBy", { unit: r.unit.name })}${item.replies.length > 1 ? ` · ${t("track.round", { round: r.round })}` : ""}`}
        >
          <p className="mb-2 inline-block rounded bg-brand-50 px-2 py-0.5 text-sm font-medium text-brand-800">
            {t(`replyClass.${r.classification}`)}
          </p>
          <p className="whitespace-pre-line">{r.content}</p>
          {/* Files may name people or places: only the proposer, signed in, gets them. */}
          <AttachmentLinks files={own?.replyFiles.get(r.id) ?? []} label={t("detail.replyFiles")} />
          {r.sentAt && <p className="mt-2 text-sm text-muted">{date(r.sentAt)}</p>}
          {item.evaluations
            .filter((e) => e.round === r.round)
            .map((e) => (
              <p key={e.round} className="mt-2 text-sm">
                {t("track.evaluation")}：<strong>{t(`evaluation.${e.result}`)}</strong>
              </p>
            ))}
        </Card>
      ))}

      {own?.awaitingRating && (
        <Card title={t("ops.evaluateTitle")}>
          <ActionPanel>
            <StepForm
              area="suggestion"
              op="evaluate"
              suggestionId={own.id}
              version={own.version}
              submitLabel={t("ops.evaluate")}
              fields={[
                {
                  name: "result",
                  label: t("form.evaluation"),
                  kind: "radio",
                  options: ["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"].map((r) => ({
                    value: r,
                    label: t(`evaluation.${r}`),
                  })),
                },
                { name: "comment", label: t("form.comment"), kind: "textarea", max: 1000 },
              ]}
            />
          </ActionPanel>
        </Card>
      )}

      {/* The rating, when it is due, comes first: it is what the proposer came for. */}
      {own && <RelayThread messages={own.relays} viewer="proposer" suggestionId={own.id} version={own.version} />}
      {own?.canMessageUnit && (
        <Card title={t("relay.writeToUnit")}>
          <ActionPanel>
            <StepForm
              area="suggestion"
              op="messageUnit"
              suggestionId={own.id}
              version={own.version}
              submitLabel={t("relay.send")}
              fields={[
                {
                  name: "body",
                  label: t("relay.message"),
                  kind: "textarea",
                  max: 2000,
                  hint: t("relay.confidentialHint"),
                },
              ]}
            />
          </ActionPanel>
        </Card>
      )}

      <Card title={t("track.history")}>
        {item.events.length === 0 ? (
          <EmptyState>{t("track.noHistory")}</EmptyState>
        ) : (
          <ol className="space-y-2 border-l-2 border-line pl-4">
            {item.events.map((e) => (
              <li key={e.id}>
                <p className="font-medium">
                  {t.has(`eventAction.${e.action}`) ? t(`eventAction.${e.action}`) : t(`status.${e.toStatus}`)}
                </p>
                <p className="text-sm text-muted">
                  {date(e.createdAt)}
                  {e.actorRole && e.actorRole !== "RESIDENT" ? ` · ${t(`roles.${e.actorRole}`)}` : ""}
                </p>
                {e.reason && <p className="text-sm">{e.reason}</p>}
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
