// On the station admin's home: letters to the station's deputies flagged as unanswered past the setting (who and
// since when; what they say stays between the resident and the deputy). Nothing shows when there are none.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { overdueLettersForStations } from "@/lib/deputy-letters/queries";
import { letterAnswerDays, workingDaysWaited } from "@/lib/deputy-letters/flag-overdue";
import { loadWorkCalendar } from "@/lib/calendar/load-calendar";
import { Card } from "@/components/ui/card";

export async function OverdueLetters({ actor }: { actor: Actor }) {
  const [t, format, letters, days, cal] = await Promise.all([
    getTranslations("letters"),
    getFormatter(),
    overdueLettersForStations(actor),
    letterAnswerDays(),
    loadWorkCalendar(),
  ]);
  if (letters.length === 0) return null;
  const now = new Date();
  return (
    <Card title={t("stationOverdue")}>
      <p className="mb-2 text-sm text-muted">{t("stationOverdueIntro", { days })}</p>
      <ul className="divide-y divide-line" data-testid="overdue-letters">
        {letters.map((l) => (
          <li key={l.id} className="flex items-center gap-2 py-2">
            <span className="rounded bg-brand-600 px-2 py-0.5 text-sm font-medium text-white">{t("overdue")}</span>
            {t("stationOverdueRow", {
              deputy: l.deputy.name,
              kind: t(`kindLabel.${l.kind}`),
              date: format.dateTime(l.createdAt, { dateStyle: "medium" }),
              waited: workingDaysWaited(cal, l.createdAt, now),
            })}
          </li>
        ))}
      </ul>
    </Card>
  );
}
