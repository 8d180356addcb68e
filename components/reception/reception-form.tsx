"use client";
// A form for one reception step, described by data (pages are server components and cannot pass functions).
// Errors are announced next to their field; success is announced in the page's ActionPanel.
import { receptionAction } from "@/app/actions/reception";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { useAnnouncedAction } from "@/components/ui/use-announced-action";
import { ConfirmSubmit, type ConfirmTexts } from "@/components/ui/confirm-submit";

export type FormField =
  | {
      name: string;
      label: string;
      kind: "text" | "date" | "time" | "number" | "month";
      hint?: string;
      max?: number;
      defaultValue?: string;
      autoFocus?: boolean;
    }
  | { name: string; label: string; kind: "textarea"; hint?: string; max?: number; defaultValue?: string }
  | {
      name: string;
      label: string;
      kind: "select";
      options: { value: string; label: string }[];
      hint?: string;
      defaultValue?: string;
    }
  | {
      name: string;
      label: string;
      kind: "checkboxes";
      options: { value: string; label: string; checked?: boolean }[];
      hint?: string;
    }
  | { name: string; label: string; kind: "checkbox"; hint?: string };

type Props = {
  op: string;
  id: string;
  title?: string;
  submitLabel: string;
  tone?: "primary" | "secondary";
  fields?: FormField[];
  hidden?: Record<string, string | number>;
  inline?: boolean;
  /** Asks once more before a step that cannot be undone. */
  confirm?: ConfirmTexts;
};

const control = "block w-full rounded-md border border-line bg-white px-3 py-2 text-base";

export function ReceptionForm({
  op,
  id: formId,
  title,
  submitLabel,
  tone = "primary",
  fields = [],
  hidden = {},
  inline,
  confirm,
}: Props) {
  const { action, pending, values: v, err, formError } = useAnnouncedAction(receptionAction);
  const id = (name: string) => `${formId}-${name}`;
  const described = (name: string) => ({
    "aria-invalid": err(name) ? true : undefined,
    "aria-describedby": err(name) ? `${id(name)}-error` : undefined,
  });
  return (
    <form action={action} className={inline ? "flex flex-wrap items-end gap-2" : "space-y-3"} noValidate>
      {title && <h3 className="w-full font-semibold">{title}</h3>}
      {formError && (
        <div className="w-full">
          <Alert tone="error">{formError}</Alert>
        </div>
      )}
      <input type="hidden" name="op" value={op} />
      {Object.entries(hidden).map(([k, val]) => (
        <input key={k} type="hidden" name={k} value={val} />
      ))}
      {fields.map((f) => (
        <div key={f.name} className={inline ? "min-w-0 flex-1" : undefined}>
          {f.kind === "checkboxes" ? (
            <fieldset>
              <legend className="mb-1 font-medium">{f.label}</legend>
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                {f.options.map((o) => (
                  <label key={o.value} className="inline-flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      name={f.name}
                      value={o.value}
                      defaultChecked={o.checked}
                      className="h-5 w-5"
                    />
                    {o.label}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : f.kind === "checkbox" ? (
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" name={f.name} defaultChecked={v[f.name] === "on"} className="h-5 w-5" />
              {f.label}
            </label>
          ) : (
            <>
              <label htmlFor={id(f.name)} className="mb-1 block font-medium">
                {f.label}
              </label>
              {f.kind === "textarea" ? (
                <textarea
                  id={id(f.name)}
                  name={f.name}
                  rows={3}
                  maxLength={f.max}
                  defaultValue={v[f.name] ?? f.defaultValue}
                  className={control}
                  {...described(f.name)}
                />
              ) : f.kind === "select" ? (
                <select
                  id={id(f.name)}
                  name={f.name}
                  defaultValue={v[f.name] ?? f.defaultValue ?? ""}
                  className={control}
                  {...described(f.name)}
                >
                  <option value="">—</option>
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={id(f.name)}
                  name={f.name}
                  type={f.kind}
                  maxLength={f.max}
                  defaultValue={v[f.name] ?? f.defaultValue}
                  autoFocus={f.autoFocus}
                  autoCapitalize={f.name === "code" || f.name === "bookingCode" ? "characters" : undefined}
                  className={control}
                  {...described(f.name)}
                />
              )}
            </>
          )}
          {f.hint && <p className="mt-1 text-sm text-muted">{f.hint}</p>}
          <p id={`${id(f.name)}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
            {err(f.name)}
          </p>
        </div>
      ))}
      {confirm ? (
        <ConfirmSubmit
          label={submitLabel}
          confirm={confirm}
          disabled={pending}
          className={tone === "primary" ? buttonStyles.primary : buttonStyles.secondary}
        />
      ) : (
        <button
          type="submit"
          disabled={pending}
          className={tone === "primary" ? buttonStyles.primary : buttonStyles.secondary}
        >
          {submitLabel}
        </button>
      )}
    </form>
  );
}
