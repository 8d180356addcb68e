"use client";
// Create an account, or change one's name, phone, role and scope. The scope field follows the role chosen
// (lib/users/account-scope.ts says which role takes which). After a creation the form gives way to the one-time
// password, shown this once.
import { useFormAction } from "@/components/forms/use-form-action";
import { startTransition, useState } from "react";
import { useTranslations } from "next-intl";
import { changeAccountAction, createAccountAction, type IssuedState } from "@/app/actions/users";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import type { ScopeOption } from "@/lib/users/scope-options";
import { STAFF_ROLES, type StaffRole } from "@/lib/users/schemas";
import { IssuedPasswordPanel } from "./issued-password";
import { ScopePicker } from "./scope-picker";

export type AccountDefaults = {
  userId: number;
  name: string;
  role: StaffRole;
  phoneMasked: string | null;
  region: ScopeOption[];
  unit: ScopeOption[];
  deputy: ScopeOption[];
  stations: ScopeOption[];
};

export function AccountForm({ defaults }: { defaults?: AccountDefaults }) {
  const t = useTranslations();
  const creating = !defaults;
  const [state, action, pending] = useFormAction<IssuedState>(creating ? createAccountAction : changeAccountAction, {});
  const values = state.ok ? {} : (state.values ?? {});
  const [role, setRole] = useState<string>(values.role ?? defaults?.role ?? "");
  const err = (f: string) => (state.fieldErrors?.[f] ? t(`errors.${state.fieldErrors[f]}`) : undefined);

  if (creating && state.ok && state.issued) return <IssuedPasswordPanel issued={state.issued} created />;

  return (
    <form
      action={action}
      // Submitting through a transition skips React's reset of the form after an action: the controlled role
      // select and the pickers' hidden inputs would otherwise fall back to empty while still showing a choice.
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
      }}
      className="space-y-4"
      noValidate
    >
      {state.formError && <Alert tone="error">{t(`errors.${state.formError}`)}</Alert>}
      {state.ok && state.message && <Alert tone="info">{t(state.message)}</Alert>}
      {defaults && <input type="hidden" name="userId" value={defaults.userId} />}
      {creating && (
        <Field
          name="username"
          label={t("users.form.username")}
          hint={t("users.form.usernameHint")}
          defaultValue={values.username}
          error={err("username")}
          autoComplete="off"
          maxLength={40}
          required
        />
      )}
      <Field
        name="name"
        label={t("users.form.name")}
        defaultValue={values.name ?? defaults?.name}
        error={err("name")}
        maxLength={60}
        required
      />
      <Field
        name="phone"
        type="tel"
        inputMode="numeric"
        label={t("users.form.phone")}
        hint={
          defaults?.phoneMasked ? t("users.form.phoneKeep", { phone: defaults.phoneMasked }) : t("users.form.phoneHint")
        }
        defaultValue={values.phone}
        error={err("phone")}
        maxLength={11}
      />
      <SelectField
        name="role"
        label={t("users.form.role")}
        value={role}
        onChange={(e) => setRole(e.target.value)}
        aria-describedby={err("role") ? "role-error" : undefined}
      >
        <option value="">{t("users.form.chooseRole")}</option>
        {STAFF_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </SelectField>
      {err("role") && (
        <p id="role-error" aria-live="polite" className="text-sm font-medium text-brand-700">
          {err("role")}
        </p>
      )}
      {(role === "COMMITTEE_STAFF" || role === "LEADER") && (
        <ScopePicker
          name="regionId"
          kind="region"
          label={t("users.form.region")}
          initial={defaults?.region}
          error={err("regionId")}
        />
      )}
      {role === "UNIT_STAFF" && (
        <ScopePicker
          name="unitId"
          kind="unit"
          label={t("users.form.unit")}
          initial={defaults?.unit}
          error={err("unitId")}
        />
      )}
      {role === "STATION_ADMIN" && (
        <ScopePicker
          name="stationIds"
          kind="station"
          label={t("users.form.stations")}
          multiple
          initial={defaults?.stations}
          error={err("stationIds")}
        />
      )}
      {role === "DEPUTY" && (
        <ScopePicker
          name="deputyId"
          kind="deputy"
          label={t("users.form.deputy")}
          initial={defaults?.deputy}
          error={err("deputyId")}
        />
      )}
      {(role === "SYSTEM_ADMIN" || role === "AUDITOR") && (
        <p className="text-sm text-muted">{t("users.form.noScope")}</p>
      )}
      {creating && (
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="sendSms" defaultChecked={values.sendSms === "on"} className="size-5" />
          {t("users.form.sendSms")}
        </label>
      )}
      <button type="submit" disabled={pending} className={buttonStyles.primary}>
        {pending ? t("users.form.saving") : creating ? t("users.form.create") : t("users.form.save")}
      </button>
    </form>
  );
}
