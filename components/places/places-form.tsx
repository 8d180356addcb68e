"use client";
// A small form for one register step (assessment, admins, close, units, categories, regions), described by data.
// Unlike the loop's step form, a checkbox may carry its own name (the 六有 items) and a multi-choice may start with
// several boxes ticked (a station's admins); `confirm` asks before a step that cannot simply be undone.
// Bound to the register's action unless given another (the 民生实事 round's steps use the projects action).
import { placesAction } from "@/app/actions/places";
import type { ActionState } from "@/lib/forms/action-state";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { useAnnouncedAction } from "@/components/ui/use-announced-action";

export type PlacesField =
  | {
      name: string;
      label: string;
      kind: "text" | "date" | "number" | "textarea" | "datetime-local";
      max?: number;
      value?: string;
      hint?: string;
    }
  | {
      name: string;
      label: string;
      kind: "select";
      options: { value: string; label: string }[];
      value?: string;
      hint?: string;
    }
  | { name: string; label: string; kind: "check"; checked?: boolean }
  | { name: string; label: string; kind: "multi"; options: { value: string; label: string }[]; selected: string[] };

const control = "block w-full rounded-md border border-line bg-white px-3 py-2 text-base";

export function PlacesForm({
  op,
  hidden = {},
  fields,
  submitLabel,
  confirm,
  tone = "primary",
  idPrefix = "",
  columns = false,
  serverAction = placesAction,
}: {
  op: string;
  hidden?: Record<string, string>;
  fields: PlacesField[];
  submitLabel: string;
  /** Asked in the browser before the step is sent. */
  confirm?: string;
  tone?: "primary" | "secondary";
  idPrefix?: string;
  columns?: boolean;
  serverAction?: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const { action, pending, values, err, formError } = useAnnouncedAction(serverAction);
  const id = (name: string) => `${idPrefix}${op}-${name}`;
  const aria = (name: string) => ({
    "aria-invalid": err(name) ? true : undefined,
    "aria-describedby": err(name) ? `${id(name)}-error` : undefined,
  });
  return (
    <form
      action={action}
      className="space-y-3"
      noValidate
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      <input type="hidden" name="op" value={op} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className={columns ? "grid gap-3 sm:grid-cols-2" : "space-y-3"}>
        {fields.map((f) => (
          <div key={f.name} className={f.kind === "textarea" || f.kind === "multi" ? "sm:col-span-2" : undefined}>
            {f.kind === "check" ? (
              <label className="inline-flex min-h-11 items-center gap-2">
                <input type="checkbox" name={f.name} defaultChecked={f.checked} className="h-5 w-5" />
                {f.label}
              </label>
            ) : f.kind === "multi" ? (
              <fieldset>
                <legend className="mb-1 font-medium">{f.label}</legend>
                <div className="flex flex-wrap gap-x-4 gap-y-1">
                  {f.options.map((o) => (
                    <label key={o.value} className="inline-flex min-h-11 items-center gap-2">
                      <input
                        type="checkbox"
                        name={f.name}
                        value={o.value}
                        defaultChecked={f.selected.includes(o.value)}
                        className="h-5 w-5"
                      />
                      {o.label}
                    </label>
                  ))}
                </div>
              </fieldset>
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
                    defaultValue={values[f.name] ?? f.value}
                    className={control}
                    {...aria(f.name)}
                  />
                ) : f.kind === "select" ? (
                  <select
                    id={id(f.name)}
                    name={f.name}
                    defaultValue={values[f.name] ?? f.value ?? ""}
                    className={control}
                    {...aria(f.name)}
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
                    defaultValue={values[f.name] ?? f.value}
                    className={control}
                    {...aria(f.name)}
                  />
                )}
                {f.hint && <p className="mt-1 text-sm text-muted">{f.hint}</p>}
              </>
            )}
            <p id={`${id(f.name)}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
              {err(f.name)}
            </p>
          </div>
        ))}
      </div>
      <button
        type="submit"
        disabled={pending}
        className={tone === "primary" ? buttonStyles.primary : buttonStyles.secondary}
      >
        {submitLabel}
      </button>
    </form>
  );
}
