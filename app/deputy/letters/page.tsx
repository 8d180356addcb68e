// 群众来信: what residents wrote to this deputy, newest first, each with its status; open letters past the answer
// window are marked as the station admin sees them.
import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LetterStatus } from "@/components/letters/letter-status";
import { deputyInbox } from "@/lib/deputy-letters/queries";
import { letterAnswerDays, workingDaysWaited } from "@/lib/deputy-letters/flag-overdue";
import { loadWorkCalendar } from "@/lib/calendar/load-calendar";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letters"))("inboxTitle") };
}

export default async function DeputyLettersPage() {
  const actor = await areaActor("deputy");
  if (!actor) return null;
  const [t, format, letters, days, cal] = await Promise.all([
    getTranslations("letters"),
    getFormatter(),
    deputyInbox(actor),
    letterAnswerDays(),
    loadWorkCalendar(),
  ]);
  const now = new Date();
  return (
    <div className="space-y-5">
      <PageHeader title={t("inboxTitle")} intro={t("inboxIntro", { days })} />
      <Card>
        {letters.length === 0 ? (
          <EmptyState>{t("inboxEmpty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line" aria-label={t("inboxTitle")}>
            {letters.map((l) => (
              <li key={l.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
                <div className="min-w-0">
                  <Link
                    href={`/deputy/letters/${l.id}`}
                    className="text-lg font-medium break-words text-brand-700 hover:underline"
                  >
                    {l.subject}
                  </Link>
                  <p className="text-sm text-muted">
                    {t(`kindLabel.${l.kind}`)}
                    {l.viaQr ? ` · ${t("viaQr")}` : ""} · {t("from")} {l.resident.name} ·{" "}
                    {format.dateTime(l.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    {l.meetingAt &&
                      ` · ${t("meeting")} ${format.dateTime(l.meetingAt, { dateStyle: "medium", timeStyle: "short" })}`}
                  </p>
                </div>
                <LetterStatus
                  status={l.status}
                  overdue={l.status === "OPEN" && workingDaysWaited(cal, l.createdAt, now) >= days}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
