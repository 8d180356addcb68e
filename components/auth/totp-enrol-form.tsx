"use client";
// Enrolment: confirm the new secret with a code, then show the recovery codes — once; they exist nowhere else
// in clear. Continuing goes where the sign-in was headed.
import { useFormAction } from "@/components/forms/use-form-action";
import { type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { confirmEnrolmentAction } from "@/app/actions/second-factor";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import type { EnrolmentState } from "@/lib/auth/confirm-totp-enrolment";
import { safeNext } from "./safe-next";

/** `setup` (the steps, QR code and key, drawn on the server) shows until the secret is confirmed. */
export function TotpEnrolForm({ next, setup }: { next?: string; setup: ReactNode }) {
  const t = useTranslations();
  const [state, action, pending] = useFormAction<EnrolmentState>(confirmEnrolmentAction, {});
  if (state.ok && state.recoveryCodes) {
    return (
      <section aria-labelledby="recovery-title" className="space-y-4">
        <h2 id="recovery-title" className="text-lg font-semibold">
          {t("secondFactor.recoveryTitle")}
        </h2>
        <Alert tone="info">{t("secondFactor.recoveryIntro")}</Alert>
        <ol
          aria-label={t("secondFactor.recoveryListLabel")}
          data-testid="recovery-codes"
          className="grid grid-cols-2 gap-2 rounded-md bg-paper p-3 font-mono text-base tracking-wider"
        >
          {state.recoveryCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
        <div className="flex flex-wrap gap-2 print:hidden">
          <button type="button" onClick={() => window.print()} className={buttonStyles.secondary}>
            {t("secondFactor.print")}
          </button>
          <a href={safeNext(next, "/go")} className={`${buttonStyles.primary} flex-1`}>
            {t("secondFactor.continue")}
          </a>
        </div>
      </section>
    );
  }
  const error = state.fieldErrors?.code ? t(`errors.${state.fieldErrors.code}`) : undefined;
  return (
    <form action={action} noValidate className="space-y-4">
      {setup}
      {state.formError && <Alert tone="error">{t(`errors.${state.formError}`)}</Alert>}
      <Field
        name="code"
        label={t("secondFactor.code")}
        error={error}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
      />
      <button type="submit" disabled={pending} className={`${buttonStyles.primary} w-full`}>
        {pending ? t("secondFactor.confirming") : t("secondFactor.confirm")}
      </button>
    </form>
  );
}
