// The working-day calendar page, shared by the admin and staff areas: one year's holidays and make-up working
// days (调休), whether the year is maintained, and its count of working days for a sanity check.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { shanghaiDateOf, yearOf } from "@/lib/calendar/civil-date";
import { loadWorkCalendar } from "@/lib/calendar/load-calendar";
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, loadCalendarYear } from "@/lib/calendar/manage-calendar";
import { AddDayForm, MaintainYearForm, RemoveDayButton } from "./calendar-forms";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The year asked for in `?year=`, or this year in Shanghai when absent or out of range. */
function chosenYear(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const n = value && /^\d{4}$/.test(value) ? Number(value) : NaN;
  return n >= CALENDAR_MIN_YEAR && n <= CALENDAR_MAX_YEAR ? n : yearOf(shanghaiDateOf(new Date()));
}

export async function calendarMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("title") };
}

export function calendarPage(area: "admin" | "staff") {
  const path = `/${area}/calendar`;
  return async function CalendarPage({ searchParams }: { searchParams: SearchParams }) {
    const actor = await areaActor(area);
    if (!actor) return null;
    const year = chosenYear((await searchParams).year);
    const [t, format, view, cal] = await Promise.all([
      getTranslations("calendar"),
      getFormatter(),
      loadCalendarYear(actor, year),
      loadWorkCalendar(undefined, [year]),
    ]);
    const workingDays = cal.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`);
    const dayLabel = (d: (typeof view.days)[number]) => `${d.date}（${t(`weekday.${d.weekday}`)}）`;
    return (
      <div className="space-y-5">
        <PageHeader title={t("title")} intro={t("intro")} />
        <nav aria-label={t("yearNav")} className="flex items-center justify-between gap-2">
          {year > CALENDAR_MIN_YEAR ? (
            <Link href={`${path}?year=${year - 1}`} className={buttonStyles.secondary}>
              <span aria-hidden="true">‹</span> {t("yearLink", { year: String(year - 1) })}
            </Link>
          ) : (
            <span />
          )}
          <h2 className="text-xl font-semibold tabular-nums">{t("yearHeading", { year: String(year) })}</h2>
          {year < CALENDAR_MAX_YEAR ? (
            <Link href={`${path}?year=${year + 1}`} className={buttonStyles.secondary}>
              {t("yearLink", { year: String(year + 1) })} <span aria-hidden="true">›</span>
            </Link>
          ) : (
            <span />
          )}
        </nav>

        <ActionPanel>
          <div className="space-y-5">
            <Card title={t("statusTitle")}>
              <div className="space-y-4">
                {view.maintained ? (
                  <Alert tone="info">
                    {t("maintained", {
                      year: String(year),
                      source: view.maintained.source,
                      at: format.dateTime(view.maintained.maintainedAt, {
                        dateStyle: "medium",
                        timeZone: "Asia/Shanghai",
                      }),
                    })}
                  </Alert>
                ) : (
                  <Alert tone="demo">{t("notMaintained", { year: String(year) })}</Alert>
                )}
                <p>
                  {t.rich("workingDays", {
                    year: String(year),
                    count: workingDays,
                    strong: (chunks) => (
                      <strong className="text-xl tabular-nums" data-testid="working-days">
                        {chunks}
                      </strong>
                    ),
                  })}
                  {!view.maintained && <span className="text-muted"> {t("workingDaysFallback")}</span>}
                </p>
                <MaintainYearForm year={year} maintained={view.maintained != null} />
              </div>
            </Card>

            <Card title={t("daysTitle", { year: String(year) })}>
              {!view.maintained && view.days.length > 0 && (
                <p className="mb-3 text-sm text-muted">{t("daysNotInForce")}</p>
              )}
              {view.days.length === 0 ? (
                <EmptyState>{t("noDays", { year: String(year) })}</EmptyState>
              ) : (
                <ul className="divide-y divide-line" aria-label={t("daysTitle", { year: String(year) })}>
                  {view.days.map((d) => (
                    <li key={d.date} className="flex items-center justify-between gap-3 py-2">
                      <div className="min-w-0 flex-1 sm:flex sm:items-center sm:gap-4">
                        <span className="block font-medium tabular-nums sm:min-w-44">{dayLabel(d)}</span>
                        <span className="mt-1 flex min-w-0 items-center gap-2 sm:mt-0">
                          <span
                            className={`shrink-0 rounded px-2 py-0.5 text-sm ${d.kind === "HOLIDAY" ? "bg-brand-50 text-brand-800" : "bg-blue-50 text-blue-900"}`}
                          >
                            {t(`kind.${d.kind}`)}
                          </span>
                          <span className="min-w-0 break-words">{d.name}</span>
                        </span>
                      </div>
                      <RemoveDayButton date={d.date} label={`${dayLabel(d)} ${d.name}`} />
                    </li>
                  ))}
                </ul>
              )}
            </Card>

            <Card title={t("addTitle")}>
              <p className="mb-3 text-sm text-muted">{t("addIntro")}</p>
              <AddDayForm year={year} />
            </Card>
          </div>
        </ActionPanel>
      </div>
    );
  };
}
