import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { listOwnBookings } from "@/lib/bookings/queries";
import { listOwnSuggestions } from "@/lib/suggestions/queries";
import { OwnProposals } from "@/components/projects/own-proposals";
import { OwnLetters } from "@/components/letters/own-letters";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { defaultResidentName } from "@/lib/users/resident-name";

export default async function ResidentHome() {
  const actor = await areaActor("me");
  if (!actor) return null;
  const [t, format, bookings, suggestions, defaultName] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listOwnBookings(actor),
    listOwnSuggestions(actor),
    defaultResidentName(actor),
  ]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("areas.welcome", { name: actor.name })} intro={t("areas.resident.intro")} />
      <Card title={t("areas.resident.bookings")}>
        {bookings.length === 0 ? (
          <EmptyState>{t("areas.resident.noBookings")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {bookings.map((b) => (
              <li key={b.id} className="py-2">
                <p className="font-medium">
                  <Link href={`/stations/${b.session.station.id}`} className="hover:text-brand-700">
                    {b.session.station.name}
                  </Link>{" "}
                  · {b.session.theme}
                </p>
                <p className="text-sm text-muted">
                  {format.dateTime(b.session.startsAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                  {t(`booking.${b.status}`)} ·{" "}
                  <Link href={`/me/bookings/${b.code}`} className="font-mono text-brand-700 hover:underline">
                    {b.code}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("areas.resident.suggestions")}>
        {suggestions.length === 0 ? (
          <EmptyState>{t("areas.resident.noSuggestions")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {suggestions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link href={`/track/${s.trackingCode}`} className="font-medium hover:text-brand-700">
                  {s.title}
                </Link>
                <span className="text-sm text-muted">
                  {t(`status.${s.status}`)} · {format.dateTime(s.submittedAt, { dateStyle: "medium" })} ·{" "}
                  <span className="font-mono">{s.trackingCode}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <OwnLetters actor={actor} />
      <OwnProposals actor={actor} />
      <ActionPanel>
        <Card title={t("account.nameTitle")}>
          <p className="mb-1 text-sm text-muted">{t("account.nameIntro", { default: defaultName })}</p>
          <p className="mb-3" data-testid="resident-name">
            {t("account.nameNow", { name: actor.name })}
          </p>
          <StepForm
            area="residentName"
            op="rename"

            submitLabel={t("account.nameSave")}
            fields={[
              { name: "name", label: t("account.nameField"), kind: "text", max: 20, hint: t("account.nameHint") },
            ]}
          />
          {actor.name !== defaultName && (
            <div className="mt-3">
              <StepForm
                area="residentName"
                op="rename"
                idPrefix="keep-"

                hidden={{ keep: "on" }}
                tone="secondary"
                submitLabel={t("account.nameKeep", { default: defaultName })}
              />
            </div>
          )}
        </Card>
      </ActionPanel>
    </div>
  );
}
