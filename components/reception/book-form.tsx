"use client";
// The resident's booking form. The idempotency key comes with the page, so a double click or a retried request
// makes one booking (R2); a full session offers the waitlist instead.
import { useFormAction } from "@/components/forms/use-form-action";
import { useTranslations } from "next-intl";
import { bookAction } from "@/app/actions/reception";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { initialActionState } from "@/lib/forms/action-state";

export function BookForm({
  sessionId,
  idempotencyKey,
  full,
}: {
  sessionId: number;
  idempotencyKey: string;
  full: boolean;
}) {
  const t = useTranslations();
  const [state, action, pending] = useFormAction(bookAction, initialActionState);
  const v = state.values ?? {};
  const err = state.fieldErrors?.topic ? t(`errors.${state.fieldErrors.topic}`) : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      {state.formError && <Alert tone="error">{t(`errors.${state.formError}`)}</Alert>}
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {full && <input type="hidden" name="waitlist" value="on" />}
      <div>
        <label htmlFor="topic" className="mb-1 block font-medium">
          {t("reception.book.topic")}
        </label>
        <textarea
          id="topic"
          name="topic"
          rows={3}
          maxLength={200}
          defaultValue={v.topic}
          required
          aria-invalid={err ? true : undefined}
          aria-describedby={`topic-hint${err ? " topic-error" : ""}`}
          className="block w-full rounded-md border border-line bg-white px-3 py-2 text-base"
        />
        <p id="topic-hint" className="mt-1 text-sm text-muted">
          {t("reception.book.topicHint")}
        </p>
        <p id="topic-error" aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
          {err}
        </p>
      </div>
      <button type="submit" disabled={pending} className={`${buttonStyles.primary} w-full sm:w-auto`}>
        {full ? t("reception.book.joinWaitlist") : t("reception.book.submit")}
      </button>
    </form>
  );
}
