// One letter in the deputy's inbox: what was written and answered so far, and the deputy's steps beside it —
// reply, agree a meeting (约访), pass it to the station, raise it as their own suggestion.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { LetterStatus } from "@/components/letters/letter-status";
import { LetterView } from "@/components/letters/letter-view";
import { foundOrNull } from "@/lib/errors";
import { currentClientInfo } from "@/lib/http/client-info";
import { db } from "@/lib/db";
import { listCategories } from "@/lib/categories/queries";
import { loadLetter } from "@/lib/deputy-letters/load-letter";
import { letterAnswerDays, workingDaysWaited } from "@/lib/deputy-letters/flag-overdue";
import { loadWorkCalendar } from "@/lib/calendar/load-calendar";
import { parseId } from "@/lib/validation/fields";

export default async function DeputyLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("deputy");
  if (!actor) return null;
  const id = parseId((await params).id);
  if (id == null) notFound();
  const letter = await foundOrNull(loadLetter(id, actor, "letter.read", await currentClientInfo()));
  if (!letter) notFound();
  const [t, format, categories, stations, days, cal, resident] = await Promise.all([
    getTranslations("letters"),
    getFormatter(),
    listCategories(),
    db.station.findMany({
      where: { id: { in: [...actor.stationIds] }, active: true },
      orderBy: { id: "asc" },
      select: { id: true, name: true },
    }),
    letterAnswerDays(),
    loadWorkCalendar(),
    db.user.findUnique({ where: { id: letter.residentId }, select: { name: true } }),
  ]);
  const open = letter.status === "OPEN" || letter.status === "ANSWERED";
  const when = (d: Date) => format.dateTime(d, { dateStyle: "full", timeStyle: "short" });
  const categoryOptions = categories.map((c) => ({ value: String(c.id), label: c.name }));
  const stationField =
    stations.length > 1
      ? [
          {
            name: "stationId",
            label: t("station"),
            kind: "select" as const,
            options: stations.map((s) => ({ value: String(s.id), label: s.name })),
            defaultValue: String(stations[0].id),
          },
        ]
      : [];
  const hidden = { letterId: String(letter.id) };
  const now = new Date();
  const meetingTimes = letter.proposedTimes
    .map((d, i) => ({ value: String(i), label: when(d), future: d > now }))
    .filter((o) => o.future);

  return (
    <div className="space-y-5">
      <p>
        <Link href="/deputy/letters" className="text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
      </p>
      <header>
        <p className="text-sm text-muted">
          {t(`kindLabel.${letter.kind}`)} · <span className="font-mono">{letter.trackingCode}</span>
          {letter.viaQr ? ` · ${t("viaQr")}` : ""}
        </p>
        <h1 className="text-2xl font-bold break-words">{letter.subject}</h1>
        <p className="mt-1 text-muted">
          {t("from")} {resident?.name ?? "—"} ·{" "}
          {format.dateTime(letter.createdAt, { dateStyle: "medium", timeStyle: "short" })}
        </p>
        <div className="mt-2" data-testid="stage">
          <LetterStatus
            status={letter.status}
            overdue={letter.status === "OPEN" && workingDaysWaited(cal, letter.createdAt, now) >= days}
          />
        </div>
      </header>
      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-5">
          <LetterView letter={letter} />
        </div>
        <aside className="space-y-4" aria-label={t("actions")}>
          <ActionPanel>
            {open ? (
              <div className="space-y-6">
                <Card title={t("replyTitle")} headingLevel={3}>
                  <StepForm
                    area="letters"
                    op="reply"

                    hidden={hidden}
                    submitLabel={t("replySubmit")}
                    fields={[{ name: "body", label: t("replyBody"), kind: "textarea", max: 2000 }]}
                  />
                </Card>
                {letter.kind === "MEETING" && !letter.meetingAt && meetingTimes.length > 0 && (
                  <Card title={t("meetingTitle")} headingLevel={3}>
                    <StepForm
                      area="letters"
                      op="meeting"

                      hidden={hidden}
                      submitLabel={t("meetingSubmit")}
                      fields={[
                        {
                          name: "time",
                          label: t("meetingTime"),
                          kind: "radio",
                          options: meetingTimes.map(({ value, label }) => ({ value, label })),
                        },
                        { name: "place", label: t("meetingPlace"), kind: "text", max: 200 },
                      ]}
                    />
                  </Card>
                )}
                <Card title={t("passTitle")} headingLevel={3}>
                  <p className="mb-3 text-sm text-muted">{t("passHint")}</p>
                  <StepForm
                    area="letters"
                    op="pass"
                    idPrefix="pass-"

                    hidden={hidden}
                    tone="secondary"
                    submitLabel={t("passSubmit")}
                    fields={[
                      { name: "categoryId", label: t("category"), kind: "select", options: categoryOptions },
                      ...stationField,
                    ]}
                  />
                </Card>
                <Card title={t("raiseTitle")} headingLevel={3}>
                  <p className="mb-3 text-sm text-muted">{t("raiseHint")}</p>
                  <StepForm
                    area="letters"
                    op="raise"
                    idPrefix="raise-"

                    hidden={hidden}
                    tone="secondary"
                    submitLabel={t("raiseSubmit")}
                    fields={[
                      { name: "title", label: t("raiseTitleField"), kind: "text", max: 100 },
                      { name: "categoryId", label: t("category"), kind: "select", options: categoryOptions },
                      ...stationField,
                    ]}
                  />
                </Card>
              </div>
            ) : (
              <Alert tone="info">{t("handedOn", { code: letter.suggestion?.trackingCode ?? "" })}</Alert>
            )}
          </ActionPanel>
        </aside>
      </div>
    </div>
  );
}
