"use client";
// On an account's admin page: reset a lost second factor. It asks first (U5): the holder is signed out
// everywhere and must enrol again at the next sign-in.
import { useFormAction } from "@/components/forms/use-form-action";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { resetSecondFactorAction } from "@/app/actions/reset-second-factor";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { initialActionState } from "@/lib/forms/action-state";

export function ResetSecondFactorForm({ userId }: { userId: number }) {
  const t = useTranslations();
  const [state, action, pending] = useFormAction(resetSecondFactorAction, initialActionState);
  const [confirming, setConfirming] = useState(false);
  return (
    <form action={action} className="space-y-3" onSubmit={() => setConfirming(false)}>
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm text-muted">{t("secondFactor.resetHelp")}</p>
      <div aria-live="polite">
        {state.formError && <Alert tone="error">{t(`errors.${state.formError}`)}</Alert>}
        {state.ok && <Alert tone="info">{t("secondFactor.resetDone")}</Alert>}
      </div>
      {confirming ? (
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={pending} className={buttonStyles.primary}>
            {pending ? t("secondFactor.resetting") : t("secondFactor.resetConfirm")}
          </button>
          <button type="button" onClick={() => setConfirming(false)} className={buttonStyles.secondary}>
            {t("secondFactor.cancel")}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={buttonStyles.secondary}>
          {t("secondFactor.reset")}
        </button>
      )}
    </form>
  );
}
