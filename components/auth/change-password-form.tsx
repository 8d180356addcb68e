"use client";
import { useFormAction } from "@/components/forms/use-form-action";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { changePasswordAction } from "@/app/actions/change-password";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { initialActionState } from "@/lib/forms/action-state";

export function ChangePasswordForm() {
  const t = useTranslations();
  const [state, action, pending] = useFormAction(changePasswordAction, initialActionState);
  useEffect(() => {
    // Every session ended with the change, this one too: clear the cookie and sign in with the new password.
    if (state.ok) void signOut({ callbackUrl: "/login/staff?changed=1" });
  }, [state.ok]);
  const err = (f: string) => (state.fieldErrors?.[f] ? t(`errors.${state.fieldErrors[f]}`) : undefined);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.formError && <Alert tone="error">{t(`errors.${state.formError}`)}</Alert>}
      {state.ok && <Alert tone="info">{t("account.changed")}</Alert>}
      <Field
        name="current"
        type="password"
        autoComplete="current-password"
        label={t("account.current")}
        error={err("current")}
        maxLength={128}
      />
      <Field
        name="next"
        type="password"
        autoComplete="new-password"
        label={t("account.next")}
        error={err("next")}
        maxLength={128}
      />
      <Field
        name="confirm"
        type="password"
        autoComplete="new-password"
        label={t("account.confirm")}
        error={err("confirm")}
        maxLength={128}
      />
      <button type="submit" disabled={pending} className={`${buttonStyles.primary} w-full`}>
        {pending ? t("account.saving") : t("account.submit")}
      </button>
    </form>
  );
}
