"use client";
// The resident's letter to a deputy: a message, or a meeting request (约访) with one to three proposed times. The
// idempotency key comes with the page, so a double click or a retried post writes one letter (R2).
import { useFormAction } from "@/components/forms/use-form-action";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { writeLetterAction } from "@/app/actions/deputy-letters";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { initialActionState } from "@/lib/forms/action-state";

const KINDS = ["MESSAGE", "MEETING"] as const;

export function WriteLetterForm({
  deputyId,
  via,
  idempotencyKey,
}: {
  deputyId: number;
  via: "web" | "qr";
  idempotencyKey: string;
}) {
  const t = useTranslations();
  const [state, action, pending] = useFormAction(writeLetterAction, initialActionState);
  const v = state.values ?? {};
  const [kind, setKind] = useState<(typeof KINDS)[number]>(v.kind === "MEETING" ? "MEETING" : "MESSAGE");
  const err = (f: string) => (state.fieldErrors?.[f] ? t(`errors.${state.fieldErrors[f]}`) : undefined);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.formError && <Alert tone="error">{t(`errors.${state.formError}`)}</Alert>}
      <input type="hidden" name="deputyId" value={deputyId} />
      <input type="hidden" name="via" value={via} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <fieldset>
        <legend className="mb-1 font-medium">{t("letters.form.kind")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {KINDS.map((k) => (
            <label key={k} className="inline-flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
                className="h-5 w-5"
              />
              {t(`letters.form.kind${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        name="subject"
        label={t("letters.form.subject")}
        maxLength={100}
        defaultValue={v.subject}
        error={err("subject")}
      />
      <div>
        <label htmlFor="body" className="mb-1 block font-medium">
          {t("letters.form.body")}
        </label>
        <textarea
          id="body"
          name="body"
          rows={6}
          maxLength={2000}
          defaultValue={v.body}
          aria-invalid={err("body") ? true : undefined}
          aria-describedby={`body-hint${err("body") ? " body-error" : ""}`}
          className="block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base"
        />
        <p id="body-hint" className="mt-1 text-sm text-muted">
          {t("letters.form.bodyHint")}
        </p>
        <p id="body-error" aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
          {err("body")}
        </p>
      </div>
      {kind === "MEETING" && (
        <fieldset aria-describedby={`times-hint${err("proposedTimes") ? " times-error" : ""}`}>
          <legend className="mb-1 font-medium">{t("letters.form.times")}</legend>
          <div className="grid gap-3 sm:grid-cols-3">
            {[1, 2, 3].map((n) => (
              <div key={n}>
                <label htmlFor={`time-${n}`} className="mb-1 block text-sm text-muted">
                  {t("letters.form.time", { n })}
                </label>
                <input
                  id={`time-${n}`}
                  name="proposedTimes"
                  type="datetime-local"
                  aria-invalid={err("proposedTimes") ? true : undefined}
                  className="block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base"
                />
              </div>
            ))}
          </div>
          <p id="times-hint" className="mt-1 text-sm text-muted">
            {t("letters.form.timesHint")}
          </p>
          <p id="times-error" aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
            {err("proposedTimes")}
          </p>
        </fieldset>
      )}
      <button type="submit" disabled={pending} className={`${buttonStyles.primary} w-full sm:w-auto`}>
        {t("letters.form.submit")}
      </button>
    </form>
  );
}
