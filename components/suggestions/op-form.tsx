"use client";
// A form for one step of the loop, described by data (the page is a server component and cannot hand
// functions over). It posts the item's id and the version the person saw, so a change made by someone else
// in between is refused as stale rather than overwritten (R3).
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { suggestionAction } from "@/app/actions/suggestion-action";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import type { ActionState } from "@/lib/forms/action-state";
import { useAnnouncedAction } from "@/components/ui/use-announced-action";
import { ConfirmSubmit, type ConfirmTexts } from "@/components/ui/confirm-submit";

export type OpField =
  | {
      name: string;
      label: string;
      kind: "text" | "date" | "number";
      required?: boolean;
      hint?: string;
      max?: number;
      defaultValue?: string;
    }
  | {
      name: string;
      label: string;
      kind: "textarea";
      required?: boolean;
      hint?: string;
      max?: number;
      defaultValue?: string;
    }
  | {
      name: string;
      label: string;
      kind: "select" | "radio" | "checkboxes";
      options: { value: string; label: string }[];
      required?: boolean;
      hint?: string;
      defaultValue?: string;
    }
  | {
      name: string;
      label: string;
      kind: "files";
      accept: string;
      required?: boolean;
      hint?: string;
      /** Checked before uploading: a body over the server's limit gets no form answer (decision 0041). */
      limits?: { maxFiles: number; maxBytes: number; errors: { tooMany: string; tooLarge: string } };
    };

type Props = {
  op: string;
  /** Omitted by forms about something other than one item (a supervision case, a setting). */
  suggestionId?: number;
  version?: number;
  /** The server action to post to (default: the suggestion steps). */
  action?: (prev: ActionState, form: FormData) => Promise<ActionState>;
  title?: string;
  submitLabel: string;
  tone?: "primary" | "secondary";
  fields?: OpField[];
  hidden?: Record<string, string>;
  /** Distinguishes field ids when a page shows the same step more than once (one per row). */
  idPrefix?: string;
  /** Asks once more before a step that cannot be undone. */
  confirm?: ConfirmTexts;
};

const control = "block w-full rounded-md border border-line bg-white px-3 py-2 text-base";

export function OpForm({
  op,
  suggestionId,
  version,
  action: serverAction = suggestionAction,
  title,
  submitLabel,
  tone = "primary",
  fields = [],
  hidden = {},
  idPrefix = "",
  confirm,
}: Props) {
  const { action, pending, values: v, err: serverErr, formError } = useAnnouncedAction(serverAction);
  const t = useTranslations();
  const [fileErrors, setFileErrors] = useState<Record<string, string>>({});
  const err = (name: string) => (fileErrors[name] ? t(`errors.${fileErrors[name]}`) : serverErr(name));
  const checkFiles = (e: FormEvent<HTMLFormElement>) => {
    const found: Record<string, string> = {};
    for (const f of fields) {
      if (f.kind !== "files" || !f.limits) continue;
      const input = e.currentTarget.elements.namedItem(f.name);
      const files = input instanceof HTMLInputElement ? [...(input.files ?? [])].filter((x) => x.size > 0) : [];
      if (files.length > f.limits.maxFiles) found[f.name] = f.limits.errors.tooMany;
      else if (files.some((x) => x.size > f.limits!.maxBytes)) found[f.name] = f.limits.errors.tooLarge;
    }
    setFileErrors(found);
    if (Object.keys(found).length) e.preventDefault();
  };
  const id = (name: string) => `${idPrefix}${op}-${name}`;
  const initial = (f: OpField) => v[f.name] ?? ("defaultValue" in f ? f.defaultValue : undefined);
  return (
    <form action={action} onSubmit={checkFiles} className="space-y-3" noValidate>
      {title && <h3 className="font-semibold">{title}</h3>}
      {formError && <Alert tone="error">{formError}</Alert>}
      <input type="hidden" name="op" value={op} />
      {suggestionId !== undefined && <input type="hidden" name="suggestionId" value={suggestionId} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      {Object.entries(hidden).map(([k, val]) => (
        <input key={k} type="hidden" name={k} value={val} />
      ))}
      {fields.map((f) => (
        <div key={f.name}>
          {f.kind === "radio" || f.kind === "checkboxes" ? (
            <fieldset aria-describedby={err(f.name) ? `${id(f.name)}-error` : undefined}>
              <legend className="mb-1 font-medium">{f.label}</legend>
              <div className="flex flex-wrap gap-x-4 gap-y-2">
                {f.options.map((o) => (
                  <label key={o.value} className="inline-flex min-h-11 items-center gap-2">
                    <input
                      type={f.kind === "radio" ? "radio" : "checkbox"}
                      name={f.name}
                      value={o.value}
                      defaultChecked={initial(f) === o.value}
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
                  rows={4}
                  maxLength={f.max}
                  defaultValue={initial(f)}
                  className={control}
                  aria-invalid={err(f.name) ? true : undefined}
                  aria-describedby={err(f.name) ? `${id(f.name)}-error` : undefined}
                />
              ) : f.kind === "select" ? (
                <select
                  id={id(f.name)}
                  name={f.name}
                  defaultValue={initial(f) ?? ""}
                  className={control}
                  aria-invalid={err(f.name) ? true : undefined}
                  aria-describedby={err(f.name) ? `${id(f.name)}-error` : undefined}
                >
                  <option value="">—</option>
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.kind === "files" ? (
                <input
                  id={id(f.name)}
                  name={f.name}
                  type="file"
                  multiple={!f.limits || f.limits.maxFiles > 1}
                  accept={f.accept}
                  className={control}
                  aria-invalid={err(f.name) ? true : undefined}
                  aria-describedby={err(f.name) ? `${id(f.name)}-error` : undefined}
                />
              ) : (
                <input
                  id={id(f.name)}
                  name={f.name}
                  type={f.kind}
                  maxLength={"max" in f ? f.max : undefined}
                  defaultValue={initial(f)}
                  className={control}
                  aria-invalid={err(f.name) ? true : undefined}
                  aria-describedby={err(f.name) ? `${id(f.name)}-error` : undefined}
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
