// A resident's booking: the code and its QR code to show at the desk, the calendar file, and cancelling
// until the cut-off. Someone else's code is "not found" (S1).
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { getOwnBooking } from "@/lib/reception/queries";
import { cancelDeadline } from "@/lib/reception/rules";
import { qrSvg } from "@/lib/reception/qr";
import { publicOrigin } from "@/lib/http/public-url";
import { currentClientInfo } from "@/lib/http/client-info";

export default async function BookingPage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await areaActor("me");
  if (!actor) return null;
  const { code } = await params;
  const b = /^[A-Za-z0-9]{8}$/.test(code)
    ? await getOwnBooking(actor, code.toUpperCase(), await currentClientInfo())
    : null;
  if (!b) notFound();
  const [t, tb, format] = await Promise.all([getTranslations("reception"), getTranslations("booking"), getFormatter()]);
  // The QR code opens the station's check-in page with the code filled in; the desk can also type the code.
  const qr = await qrSvg(`${await publicOrigin()}/station/sessions/${b.session.id}?code=${b.code}`);
  const active = b.status === "BOOKED" || b.status === "WAITLISTED";
  const deadline = cancelDeadline(b.session.startsAt);
  const cancellable = active && new Date() <= deadline;
  // A cancelled booking offers the same session again while it still takes bookings, else the station's others.
  const bookable = b.session.status === "PUBLISHED" && b.session.startsAt > new Date();
  return (
    <div className="space-y-5">
      <p>
        <Link href="/me" className="text-brand-700 underline-offset-4 hover:underline">
          ← {t("myBooking.back")}
        </Link>
      </p>
      <header>
        <p className="text-sm text-muted">{t("myBooking.kicker")}</p>
        <h1 className="text-2xl font-bold">{b.session.station.name}</h1>
        <p className="mt-1">{b.session.theme}</p>
      </header>
      <ActionPanel>
        <Card>
          <div className="flex flex-col items-center gap-3 text-center">
            <p className="text-sm text-muted">{t("myBooking.code")}</p>
            <p className="font-mono text-4xl font-bold tracking-[0.2em]" data-testid="booking-code">
              {b.code}
            </p>
            <p
              className={`rounded-full px-3 py-1 text-sm font-medium ${b.status === "BOOKED" || b.status === "CHECKED_IN" ? "bg-green-100 text-green-900" : "bg-gray-100 text-ink"}`}
            >
              {tb(b.status)}
            </p>
            {b.status === "WAITLISTED" && (
              <Alert tone="info">{t("myBooking.waitlisted", { ahead: b.waitingAhead })}</Alert>
            )}
            {active && (
              <div
                role="img"
                aria-label={t("myBooking.qrLabel", { code: b.code })}
                className="w-56 [&>svg]:h-auto [&>svg]:w-full"
                dangerouslySetInnerHTML={{ __html: qr }}
              />
            )}
            {active && <p className="text-sm text-muted">{t("myBooking.showAtDesk")}</p>}
          </div>
          <dl className="mt-4 grid gap-2 sm:grid-cols-[7rem_1fr]">
            <dt className="text-muted">{t("book.when")}</dt>
            <dd>
              {format.dateTime(b.session.startsAt, { dateStyle: "full", timeStyle: "short" })} –{" "}
              {format.dateTime(b.session.endsAt, { timeStyle: "short" })}
            </dd>
            <dt className="text-muted">{t("book.where")}</dt>
            <dd>{b.session.station.address}</dd>
            <dt className="text-muted">{t("book.topic")}</dt>
            <dd>{b.topic}</dd>
          </dl>
          {active && (
            <a
              href={`/me/bookings/${b.code}/calendar.ics`}
              download={`booking-${b.code}.ics`}
              className={`${buttonStyles.secondary} mt-4 w-full sm:w-auto`}
            >
              {t("myBooking.calendar")}
            </a>
          )}
        </Card>
        {active && (
          <Card title={t("myBooking.cancelTitle")}>
            {cancellable ? (
              <>
                <p className="mb-3 text-sm text-muted">
                  {t("myBooking.cancelUntil", {
                    deadline: format.dateTime(deadline, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </p>
                <StepForm
                  area="reception"
                  op="cancelBooking"
                  idPrefix="cancel-"
                  hidden={{ code: b.code }}
                  submitLabel={t("myBooking.cancel")}
                  tone="secondary"
                  confirm={{
                    question: t("myBooking.cancelConfirm"),
                    yes: t("myBooking.cancelYes"),
                    no: t("myBooking.cancelNo"),
                  }}
                />
              </>
            ) : (
              <p>{t("myBooking.pastCutoff")}</p>
            )}
          </Card>
        )}
        {b.status === "CANCELLED" && (
          <Card title={t("myBooking.rebookTitle")}>
            {bookable ? (
              <>
                <p className="mb-3">{t("myBooking.rebookSession")}</p>
                <Link
                  href={`/stations/${b.session.station.id}/sessions/${b.session.id}`}
                  className={buttonStyles.primary}
                >
                  {t("myBooking.rebookSessionLink")}
                </Link>
              </>
            ) : (
              <>
                <p className="mb-3">{t("myBooking.rebookStation")}</p>
                <Link href={`/stations/${b.session.station.id}`} className={buttonStyles.primary}>
                  {t("myBooking.rebookStationLink", { station: b.session.station.name })}
                </Link>
              </>
            )}
          </Card>
        )}
      </ActionPanel>
    </div>
  );
}
