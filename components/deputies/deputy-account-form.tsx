"use client";
// A deputy's own sign-in, made by committee staff (docs/decisions/0058): a username, optionally a phone to text
// the one-time password to. After it is made the form gives way to the password, shown this once.
import { useFormAction } from "@/components/forms/use-form-action";
import { useTranslations } from "next-intl";
import { createDeputyAccountAction } from "@/app/actions/deputy-account";
import type { IssuedState } from "@/app/actions/users";
import { IssuedPasswordPanel } from "@/components/users/issued-password";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";

export function DeputyAccountForm({ deputyId }: { deputyId: number }) {
  const t = useTranslations();
  const [state, action, pending] = useFormAction<IssuedState>(createDeputyAccountAction, {});
  const values = state.ok ? {} : (state.values ?? {});
  const err = (f: string) => (state.fieldErrors?.[f] ? t(`errors.${state.fieldErrors[f]}`) : undefined);
  if (state.ok && state.issued) return <IssuedPasswordPanel issued={state.issued} created adminLinks={false} />;
  return (
    <form action={action} className="space-y-3" noValidate>
      {state.formError && <Alert tone="error">{t(`errors.${state.formError}`)}</Alert>}
      <input type="hidden" name="deputyId" value={deputyId} />
      <Field
        name="username"
        label={t("users.form.username")}
        hint={t("users.form.usernameHint")}
        defaultValue={values.username}
        error={err("username") ?? err("deputyId")}
        autoComplete="off"
        maxLength={40}
        required
      />
      <Field
        name="phone"
        type="tel"
        inputMode="numeric"
        label={t("deputyAccount.phone")}
        defaultValue={values.phone}
        error={err("phone")}
        maxLength={11}
      />
      <label className="inline-flex min-h-11 items-center gap-2">
        <input type="checkbox" name="sendSms" className="h-5 w-5" defaultChecked={values.sendSms === "on"} />
        {t("deputyAccount.sendSms")}
      </label>
      <div>
        <button type="submit" disabled={pending} className={buttonStyles.primary}>
          {t("deputyAccount.create")}
        </button>
      </div>
    </form>
  );
}
