"use client";
// The forms of the calendar page. Each posts to the one calendar action with its `op`; the confirmation goes
// to the page's ActionPanel, because the form that took a step (a removed day's button) may be gone after the
// refresh (U4), and errors are shown and announced beside the form itself (U2).
import { calendarAction, type CalendarOp } from "@/app/actions/calendar";
import { OpInput } from "@/components/forms/op-input";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { useAnnouncedAction } from "@/components/ui/use-announced-action";

function useCalendarAction() {
  const { t, state, action, pending, err, values } = useAnnouncedAction(calendarAction);
  // A field error on a field this form does not show (e.g. a hidden year) still has to be said.
  const stray = (shown: string[]) =>
    Object.entries(state.fieldErrors ?? {})
      .filter(([f]) => !shown.includes(f))
      .map(([, key]) => t(`errors.${key}`));
  return { t, state, action, pending, err, values, stray };
}

function FormErrors({ messages }: { messages: (string | undefined)[] }) {
  const shown = messages.filter(Boolean);
  return shown.length ? <Alert tone="error">{shown.join(" ")}</Alert> : null;
}

export function AddDayForm({ year }: { year: number }) {
  const { t, state, action, pending, err, values, stray } = useCalendarAction();
  return (
    <form action={action} className="space-y-3" noValidate>
      <OpInput<CalendarOp> op="saveDay" />
      <FormErrors messages={[state.formError && t(`errors.${state.formError}`), ...stray(["date", "kind", "name"])]} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field
          name="date"
          id="calendar-date"
          type="date"
          label={t("calendar.date")}
          min={`${year}-01-01`}
          max={`${year}-12-31`}
          required
          defaultValue={values.date}
          error={err("date")}
        />
        <fieldset aria-describedby={err("kind") ? "calendar-kind-error" : undefined}>
          <legend className="mb-1 font-medium">{t("calendar.kindLabel")}</legend>
          {/* Radios, not a select: React's form reset restores a radio's defaultChecked, but not a select's value. */}
          <div className="flex flex-wrap gap-x-4">
            {(["HOLIDAY", "WORKDAY"] as const).map((kind) => (
              <label key={kind} className="inline-flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="kind"
                  value={kind}
                  defaultChecked={(values.kind ?? "HOLIDAY") === kind}
                  className="h-5 w-5"
                />
                {t(`calendar.kind.${kind}`)}
              </label>
            ))}
          </div>
          <p id="calendar-kind-error" aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
            {err("kind")}
          </p>
        </fieldset>
        <Field
          name="name"
          id="calendar-name"
          label={t("calendar.name")}
          hint={t("calendar.nameHint")}
          maxLength={30}
          required
          defaultValue={values.name}
          error={err("name")}
        />
      </div>
      <button type="submit" disabled={pending} className={buttonStyles.primary}>
        {pending ? t("calendar.saving") : t("calendar.add")}
      </button>
    </form>
  );
}

export function RemoveDayButton({ date, label }: { date: string; label: string }) {
  const { t, state, action, pending, stray } = useCalendarAction();
  return (
    <form action={action} className="shrink-0">
      <OpInput<CalendarOp> op="removeDay" />
      <input type="hidden" name="date" value={date} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t("calendar.removeLabel", { day: label })}
        className={buttonStyles.secondary}
      >
        {t("calendar.remove")}
      </button>
      <FormErrors messages={[state.formError && t(`errors.${state.formError}`), ...stray([])]} />
    </form>
  );
}

export function MaintainYearForm({ year, maintained }: { year: number; maintained: boolean }) {
  const { t, state, action, pending, err, values, stray } = useCalendarAction();
  return (
    <form action={action} className="space-y-3" noValidate>
      <OpInput<CalendarOp> op={maintained ? "unmaintain" : "maintain"} />
      <input type="hidden" name="year" value={year} />
      <FormErrors
        messages={[state.formError && t(`errors.${state.formError}`), ...stray(maintained ? [] : ["source"])]}
      />
      {!maintained && (
        <Field
          name="source"
          id="calendar-source"
          label={t("calendar.source")}
          hint={t("calendar.sourceHint", { year: String(year) })}
          maxLength={200}
          required
          defaultValue={values.source}
          error={err("source")}
        />
      )}
      <button type="submit" disabled={pending} className={maintained ? buttonStyles.secondary : buttonStyles.primary}>
        {maintained ? t("calendar.unmaintain", { year: String(year) }) : t("calendar.maintain", { year: String(year) })}
      </button>
    </form>
  );
}
