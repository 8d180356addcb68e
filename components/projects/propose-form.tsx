"use client";
// A 民生实事 proposal: title, what and where, who benefits, rough cost; staff also name the department.
import { useFormAction } from "@/components/forms/use-form-action";
import { useTranslations } from "next-intl";
import { proposeProjectAction } from "@/app/actions/project-ballot";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { initialActionState } from "@/lib/forms/action-state";

const control = "block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base";

export function ProposeForm({ roundId, units }: { roundId: number; units: { id: number; name: string }[] | null }) {
  const t = useTranslations("projects.form");
  const te = useTranslations("errors");
  const [state, action, pending] = useFormAction(proposeProjectAction, initialActionState);
  const v = state.values ?? {};
  const err = (n: string) => (state.fieldErrors?.[n] ? te(state.fieldErrors[n]) : undefined);
  return (
    <form action={action} className="space-y-3" noValidate>
      {state.formError && <Alert tone="error">{te(state.formError)}</Alert>}
      <input type="hidden" name="roundId" value={roundId} />
      <Field name="title" label={t("title")} maxLength={60} defaultValue={v.title} error={err("title")} />
      <div>
        <label htmlFor="content" className="mb-1 block font-medium">
          {t("content")}
        </label>
        <textarea
          id="content"
          name="content"
          rows={5}
          maxLength={2000}
          defaultValue={v.content}
          className={control}
          aria-invalid={err("content") ? true : undefined}
          aria-describedby="content-error"
        />
        <p id="content-error" aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
          {err("content")}
        </p>
      </div>
      <Field name="location" label={t("location")} maxLength={120} defaultValue={v.location} error={err("location")} />
      <Field
        name="beneficiaries"
        label={t("beneficiaries")}
        maxLength={200}
        defaultValue={v.beneficiaries}
        error={err("beneficiaries")}
      />
      <Field name="costWan" label={t("costWan")} inputMode="decimal" defaultValue={v.costWan} error={err("costWan")} />
      {units && (
        <div>
          <label htmlFor="unitId" className="mb-1 block font-medium">
            {t("unitId")}
          </label>
          <select id="unitId" name="unitId" defaultValue={v.unitId ?? ""} className={control}>
            <option value="">—</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" disabled={pending} className={buttonStyles.primary}>
        {t("submit")}
      </button>
    </form>
  );
}
