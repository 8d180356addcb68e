// The resident's letters to deputies on /me, an agreed meeting (约访) first in each line: it is their appointment.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { ownLetters } from "@/lib/deputy-letters/queries";
import { Card, EmptyState } from "@/components/ui/card";

export async function OwnLetters({ actor }: { actor: Actor }) {
  const [t, format, letters] = await Promise.all([getTranslations("letters"), getFormatter(), ownLetters(actor)]);
  return (
    <Card title={t("mine")}>
      {letters.length === 0 ? (
        <EmptyState>{t("noMine")}</EmptyState>
      ) : (
        <ul className="divide-y divide-line" data-testid="own-letters">
          {letters.map((l) => (
            <li key={l.id} className="py-2">
              {l.meetingAt && l.meetingPlace && (
                <p className="font-semibold text-green-900" data-testid="own-meeting">
                  {t("meeting")}：
                  {t("meetingAt", {
                    when: format.dateTime(l.meetingAt, { dateStyle: "full", timeStyle: "short" }),
                    place: l.meetingPlace,
                  })}
                </p>
              )}
              <p className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/track/letter/${l.trackingCode}`} className="font-medium hover:text-brand-700">
                  {l.subject}
                </Link>
                <span className="text-sm text-muted">
                  {t("to", { name: l.deputy.name })} · {t(`status.${l.status}`)} ·{" "}
                  {format.dateTime(l.createdAt, { dateStyle: "medium" })} ·{" "}
                  <span className="font-mono">{l.trackingCode}</span>
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
