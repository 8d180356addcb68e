// One session's working page, shared by station admins, staff and the deputies on duty: check-in by code or
// QR, bookings and no-shows, the duty log (接待记录) with one-step suggestions, and closing the record.
// What each person sees follows what they may do (the use cases check again).
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { getSessionWork } from "@/lib/reception/queries";
import { parseId } from "@/lib/validation/fields";
import { suggestionFormOptions } from "@/lib/suggestions/form-options";
import { Card, EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { SessionStatusBadge } from "./session-status";
import { ThreeListsCard } from "./three-lists-card";

export async function SessionWork({
  actor,
  id,
  code,
  backHref,
}: {
  actor: Actor;
  id: string;
  code?: string;
  backHref: string;
}) {
  const n = parseId(id);
  const s = n ? await getSessionWork(actor, n) : null;
  if (!s) notFound();
  const [t, tb, tsug, format, options] = await Promise.all([
    getTranslations("reception"),
    getTranslations("booking"),
    getTranslations("status"),
    getFormatter(),
    suggestionFormOptions(null),
  ]);
  const started = s.startsAt <= new Date();
  const loggable = s.may.log && started && (s.status === "PUBLISHED" || s.status === "HELD");
  const present = s.bookings.filter((b) => b.status === "BOOKED" || b.status === "CHECKED_IN");
  const prefill = code && /^[A-Za-z0-9]{8}$/.test(code) ? code.toUpperCase() : undefined;
  return (
    <div className="space-y-5">
      <p>
        <Link href={backHref} className="text-brand-700 underline-offset-4 hover:underline">
          ← {t("work.back")}
        </Link>
      </p>
      <header>
        <p className="text-sm text-muted">
          {s.station.name} · <SessionStatusBadge status={s.status} />
        </p>
        <h1 className="text-2xl font-bold">{s.theme}</h1>
        <p className="mt-1">
          {format.dateTime(s.startsAt, { dateStyle: "full", timeStyle: "short" })} –{" "}
          {format.dateTime(s.endsAt, { timeStyle: "short" })}
        </p>
        <p className="text-sm text-muted">
          {t("onDuty", { names: s.deputies.map((d) => d.deputy.name).join("、") })} ·{" "}
          {t("work.booked", { booked: s.bookedCount, capacity: s.capacity })}
        </p>
        {s.ruleException && (
          <div className="mt-2">
            <Alert tone="info">{t("work.exception", { reason: s.ruleException })}</Alert>
          </div>
        )}
        {s.cancelReason && (
          <div className="mt-2">
            <Alert tone="info">{t("work.cancelled", { reason: s.cancelReason })}</Alert>
          </div>
        )}
      </header>
      <ActionPanel>
        <div className="space-y-5">
          {s.may.manage && s.status === "DRAFT" && (
            <Card title={t("work.publishTitle")}>
              <p className="mb-3 text-sm text-muted">{t("work.publishHint")}</p>
              <StepForm
                area="reception"
                op="publishSession"
                idPrefix="publish-"
                hidden={{ sessionId: s.id }}
                submitLabel={t("work.publish")}
              />
            </Card>
          )}
          {s.may.manage && !started && (s.status === "DRAFT" || s.status === "PUBLISHED") && (
            <Card title={t("work.cancelTitle")}>
              <p className="mb-3 text-sm text-muted">
                {t("work.cancelHint", {
                  count: s.bookings.filter((b) => b.status === "BOOKED" || b.status === "WAITLISTED").length,
                })}
              </p>
              <StepForm
                area="reception"
                op="cancelSession"
                idPrefix="cancel-"
                tone="secondary"
                hidden={{ sessionId: s.id }}
                submitLabel={t("work.cancel")}
                fields={[{ name: "reason", label: t("work.cancelReason"), kind: "textarea", max: 500 }]}
              />
            </Card>
          )}
          {(s.may.manage || s.may.swap) && s.swaps.length > 0 && (
            <Card title={t("swap.listTitle")}>
              <ul className="divide-y divide-line">
                {s.swaps.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <div>
                      <p className="font-medium">
                        {t("swap.line", { from: r.fromDeputy.name, to: r.toDeputy.name })} ·{" "}
                        <span className="text-sm">{t(`swap.status.${r.status}`)}</span>
                      </p>
                      <p className="text-sm text-muted">{r.reason}</p>
                    </div>
                    {s.may.manage && r.status === "PENDING" && (
                      <div className="flex gap-2">
                        <StepForm
                          area="reception"
                          op="decideSwap"
                          idPrefix={`swap-ok-${r.id}-`}
                          hidden={{ requestId: r.id, decision: "approve" }}
                          submitLabel={t("swap.approve")}
                        />
                        <StepForm
                          area="reception"
                          op="decideSwap"
                          idPrefix={`swap-no-${r.id}-`}
                          hidden={{ requestId: r.id, decision: "reject" }}
                          submitLabel={t("swap.reject")}
                          tone="secondary"
                        />
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {s.may.swap && !started && s.swapCandidates.length > 0 && (
            <Card title={t("swap.requestTitle")}>
              <p className="mb-3 text-sm text-muted">{t("swap.requestHint")}</p>
              <StepForm
                area="reception"
                op="requestSwap"
                idPrefix="swap-"
                hidden={{ sessionId: s.id }}
                submitLabel={t("swap.request")}
                fields={[
                  {
                    name: "toDeputyId",
                    label: t("swap.to"),
                    kind: "select",
                    options: s.swapCandidates.map((c) => ({ value: String(c.deputy.id), label: c.deputy.name })),
                  },
                  { name: "reason", label: t("swap.reason"), kind: "text", max: 300 },
                ]}
              />
            </Card>
          )}
          {s.may.checkIn && (s.status === "PUBLISHED" || s.status === "HELD") && (
            <Card title={t("work.checkInTitle")}>
              <p className="mb-3 text-sm text-muted">{t("work.checkInHint")}</p>
              <StepForm
                area="reception"
                op="checkIn"
                idPrefix="checkin-"
                layout="inline"
                hidden={{ sessionId: s.id }}
                submitLabel={t("work.checkIn")}
                fields={[
                  {
                    name: "code",
                    label: t("work.code"),
                    kind: "text",
                    max: 8,
                    defaultValue: prefill,
                    autoFocus: !!prefill,
                  },
                ]}
              />
            </Card>
          )}
          <Card title={t("work.bookingsTitle")}>
            {s.bookings.length === 0 ? (
              <EmptyState>{t("work.noBookings")}</EmptyState>
            ) : (
              <ul className="divide-y divide-line">
                {s.bookings.map((b) => (
                  <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <div>
                      <p className="font-medium">
                        <span className="font-mono">{b.code}</span> · {b.resident.name} ·{" "}
                        <span className="text-sm">{tb(b.status)}</span>
                      </p>
                      <p className="text-sm text-muted">{b.topic}</p>
                    </div>
                    {s.may.checkIn && started && b.status === "BOOKED" && (
                      <StepForm
                        area="reception"
                        op="noShow"
                        idPrefix={`noshow-${b.id}-`}
                        hidden={{ sessionId: s.id, bookingId: b.id }}
                        submitLabel={t("work.noShow")}
                        tone="secondary"
                      />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t("work.logTitle")}>
            {!started && <p className="mb-3 text-sm text-muted">{t("work.logAfterStart")}</p>}
            {s.visits.length === 0 ? (
              <EmptyState>{t("work.noVisits")}</EmptyState>
            ) : (
              <ol className="space-y-3">
                {s.visits.map((v, i) => (
                  <li key={v.id} className="rounded-md border border-line p-3">
                    <p className="font-medium">
                      {t("work.visitNo", { n: i + 1 })} · {v.visitorName ?? t("work.anonymous")}{" "}
                      {v.bookingId ? t("work.withBooking") : t("work.walkIn")}
                    </p>
                    <p className="mt-1">
                      <span className="text-muted">{t("work.raised")}：</span>
                      {v.raised}
                    </p>
                    {v.answeredOnSpot && (
                      <p className="mt-1">
                        <span className="text-muted">{t("work.answered")}：</span>
                        {v.answeredOnSpot}
                      </p>
                    )}
                    {v.suggestion ? (
                      <p className="mt-2 text-sm">
                        {t("work.raisedAs")}{" "}
                        <Link
                          href={`/track/${v.suggestion.trackingCode}`}
                          className="font-mono text-brand-700 hover:underline"
                        >
                          {v.suggestion.trackingCode}
                        </Link>{" "}
                        · {tsug(v.suggestion.status)}
                      </p>
                    ) : loggable ? (
                      <details className="mt-2">
                        <summary className="cursor-pointer text-brand-700">{t("work.raise")}</summary>
                        <div className="mt-2">
                          <StepForm
                            area="reception"
                            op="raiseVisit"
                            idPrefix={`raise-${v.id}-`}
                            hidden={{ visitId: v.id }}
                            submitLabel={t("work.raiseSubmit")}
                            fields={[
                              {
                                name: "title",
                                label: t("work.suggestionTitle"),
                                kind: "text",
                                max: 100,
                                defaultValue: v.raised.slice(0, 40),
                              },
                              {
                                name: "categoryId",
                                label: t("work.category"),
                                kind: "select",
                                options: options.categories.map((c) => ({ value: String(c.id), label: c.name })),
                              },
                            ]}
                          />
                        </div>
                      </details>
                    ) : null}
                  </li>
                ))}
              </ol>
            )}
            {loggable && (
              <div className="mt-4 border-t border-line pt-4">
                <StepForm
                  area="reception"
                  op="addVisit"
                  idPrefix="visit-"
                  title={t("work.addVisit")}
                  hidden={{ sessionId: s.id }}
                  submitLabel={t("work.addVisitSubmit")}
                  fields={[
                    {
                      name: "bookingCode",
                      label: t("work.visitBooking"),
                      kind: "select",
                      hint: t("work.visitBookingHint"),
                      options: present.map((b) => ({ value: b.code, label: `${b.code} · ${b.resident.name}` })),
                    },
                    { name: "visitorName", label: t("work.visitorName"), kind: "text", max: 40 },
                    { name: "raised", label: t("work.raised"), kind: "textarea", max: 2000 },
                    {
                      name: "answeredOnSpot",
                      label: t("work.answered"),
                      kind: "textarea",
                      max: 2000,
                      hint: t("work.answeredHint"),
                    },
                  ]}
                />
              </div>
            )}
          </Card>
          {(s.may.log || s.summary) && (
            <Card title={t("work.summaryTitle")}>
              {s.summary && <p className="mb-3 whitespace-pre-line">{s.summary}</p>}
              {loggable && (
                <StepForm
                  area="reception"
                  op="closeSession"
                  idPrefix="close-"
                  hidden={{ sessionId: s.id }}
                  submitLabel={s.status === "HELD" ? t("work.updateSummary") : t("work.close")}
                  fields={[
                    {
                      name: "summary",
                      label: t("work.summary"),
                      kind: "textarea",
                      max: 4000,
                      defaultValue: s.summary ?? undefined,
                    },
                    {
                      name: "attendedDeputyIds",
                      label: t("work.attended"),
                      kind: "checkboxes",
                      options: s.deputies.map((d) => ({
                        value: String(d.deputyId),
                        label: d.deputy.name,
                        checked: d.attended !== false,
                      })),
                    },
                  ]}
                />
              )}
            </Card>
          )}
          {s.may.lists && s.startsAt <= new Date() && (s.status === "PUBLISHED" || s.status === "HELD") && (
            <ThreeListsCard sessionId={s.id} />
          )}
        </div>
      </ActionPanel>
    </div>
  );
}
