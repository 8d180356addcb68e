"use client";
// Second step of a staff sign-in: a code from the authenticator or a recovery code. On success the session is
// complete and the browser goes on to where it was headed.
import { useFormAction } from "@/components/forms/use-form-action";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { verifySecondFactorAction } from "@/app/actions/second-factor";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { initialActionState } from "@/lib/forms/action-state";
import { safeNext } from "./safe-next";

export function SecondFactorVerifyForm({ next }: { next?: string }) {
  const t = useTranslations();
  const [state, action, pending] = useFormAction(verifySecondFactorAction, initialActionState);
  useEffect(() => {
    if (state.ok) window.location.assign(safeNext(next, "/go"));
  }, [state.ok, next]);
  const error = state.fieldErrors?.code ? t(`errors.${state.fieldErrors.code}`) : undefined;
  return (
    <form action={action} noValidate className="space-y-4">
      {state.formError && <Alert tone="error">{t(`errors.${state.formError}`)}</Alert>}
      <Field
        name="code"
        label={t("secondFactor.code")}
        hint={t("secondFactor.codeHint")}
        error={error}
        autoComplete="one-time-code"
        inputMode="text"
        autoFocus
        maxLength={20}
      />
      <button type="submit" disabled={pending || state.ok} className={`${buttonStyles.primary} w-full`}>
        {pending || state.ok ? t("secondFactor.submitting") : t("secondFactor.submit")}
      </button>
    </form>
  );
}
