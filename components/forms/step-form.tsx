"use client";
// The one form for a single step of any area (the loop, receptions, the register of places, 民生实事 rounds,
// supervision, deputies, imports, photos, the calendar), described by data: pages are server components and
// cannot hand functions over. The page names the area and the step; the pair is checked by the type checker
// (components/forms/step-actions.ts). A loop step also posts the item's id and the version the person saw, so a
// change made by someone else in between is refused as stale rather than overwritten (R3).
import { useState, type ChangeEvent, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { ConfirmSubmit, type ConfirmTexts } from "@/components/ui/confirm-submit";
import { useAnnouncedAction } from "@/components/ui/use-announced-action";
import { OpInput } from "./op-input";
import { STEP_ACTIONS, type StepArea, type StepOps } from "./step-actions";

type Option = { value: string; label: string };
/** `required` is announced to assistive technology; the server still decides (forms are `noValidate`). */
type Common = { name: string; label: string; hint?: string; required?: boolean };

export type StepField =
  | (Common & {
      kind: "text" | "date" | "time" | "number" | "month" | "datetime-local";
      max?: number;
      defaultValue?: string;
      autoFocus?: boolean;
    })
  | (Common & { kind: "textarea"; max?: number; defaultValue?: string })
  | (Common & { kind: "select" | "radio"; options: Option[]; defaultValue?: string })
  /** Several boxes under one name; each may start ticked. */
  | (Common & { kind: "checkboxes"; options: (Option & { checked?: boolean })[] })
  /** One box with its own name, sent as "on" when ticked. */
  | (Common & { kind: "checkbox"; checked?: boolean })
  /** A picker of standard wordings (常用语): fills `target` (and the reply class, when the template has one) for the
   *  person to edit; it is not sent itself, so the step's input stays what the person finally wrote. */
  | (Common & {
      kind: "template";
      target: string;
      classField?: string;
      options: (Option & { body: string; replyClass?: string | null })[];
    })
  | (Common & {
      kind: "files";
      accept: string;
      /** Checked before uploading: a body over the server's limit gets no form answer (decision 0041). */
      limits?: { maxFiles: number; maxBytes: number; errors: { tooMany: string; tooLarge: string } };
    });

type Props<A extends StepArea> = {
  area: A;
  op: StepOps[A];
  /** A loop step's item and the version the person saw. */
  suggestionId?: number;
  version?: number;
  title?: string;
  submitLabel: string;
  tone?: "primary" | "secondary";
  fields?: StepField[];
  hidden?: Record<string, string | number>;
  /** Distinguishes field ids when a page shows the same step more than once (one per row). */
  idPrefix?: string;
  /** `inline`: fields and button on one line; `columns`: two columns from small screens up. */
  layout?: "stack" | "inline" | "columns";
  /** Asks once more, in a modal dialog, before a step that cannot be undone. */
  confirm?: ConfirmTexts;
};

const control = "block w-full rounded-md border border-line bg-white px-3 py-2 text-base";

export function StepForm<A extends StepArea>({
  area,
  op,
  suggestionId,
  version,
  title,
  submitLabel,
  tone = "primary",
  fields = [],
  hidden = {},
  idPrefix = "",
  layout = "stack",
  confirm,
}: Props<A>) {
  const { t, action, pending, values: v, err: serverErr, formError } = useAnnouncedAction(STEP_ACTIONS[area]);
  const [fileErrors, setFileErrors] = useState<Record<string, string>>({});
  const err = (name: string) => (fileErrors[name] ? t(`errors.${fileErrors[name]}`) : serverErr(name));
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const found: Record<string, string> = {};
    for (const f of fields) {
      if (f.kind !== "files" || !f.limits) continue;
      const { maxFiles, maxBytes, errors } = f.limits;
      const input = e.currentTarget.elements.namedItem(f.name);
      const files = input instanceof HTMLInputElement ? [...(input.files ?? [])].filter((x) => x.size > 0) : [];
      if (files.length > maxFiles) found[f.name] = errors.tooMany;
      else if (files.some((x) => x.size > maxBytes)) found[f.name] = errors.tooLarge;
    }
    setFileErrors(found);
    if (Object.keys(found).length) e.preventDefault();
  };
  const id = (name: string) => `${idPrefix}${op}-${name}`;
  const described = (f: StepField) => ({
    "aria-invalid": err(f.name) ? true : undefined,
    "aria-describedby": err(f.name) ? `${id(f.name)}-error` : undefined,
    "aria-required": f.required || undefined,
  });
  const applyTemplate = (e: ChangeEvent<HTMLSelectElement>, f: Extract<StepField, { kind: "template" }>) => {
    const chosen = f.options.find((o) => o.value === e.currentTarget.value);
    const form = e.currentTarget.form;
    if (!chosen || !form) return;
    const target = form.elements.namedItem(f.target);
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
      target.value = chosen.body;
      target.focus();
    }
    if (f.classField && chosen.replyClass) {
      const radio = form.querySelector<HTMLInputElement>(`input[name="${f.classField}"][value="${chosen.replyClass}"]`);
      if (radio) radio.checked = true;
    }
  };
  const initial = (f: StepField) => v[f.name] ?? ("defaultValue" in f ? f.defaultValue : undefined);
  const inline = layout === "inline";
  const fieldList = fields.map((f) => (
    <div
      key={f.name}
      className={
        inline
          ? "min-w-0 flex-1"
          : layout === "columns" && (f.kind === "textarea" || f.kind === "checkboxes")
            ? "sm:col-span-2"
            : undefined
      }
    >
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
                  defaultChecked={f.kind === "radio" ? initial(f) === o.value : "checked" in o && o.checked}
                  className="h-5 w-5"
                />
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
      ) : f.kind === "checkbox" ? (
        <label className="inline-flex min-h-11 items-center gap-2">
          <input
            type="checkbox"
            name={f.name}
            defaultChecked={f.name in v ? v[f.name] === "on" : f.checked}
            className="h-5 w-5"
          />
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
              defaultValue={initial(f)}
              className={control}
              {...described(f)}
            />
          ) : f.kind === "template" ? (
            <select id={id(f.name)} defaultValue="" onChange={(e) => applyTemplate(e, f)} className={control}>
              <option value="">{t("templates.picker.pick")}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : f.kind === "select" ? (
            <select
              // React does not apply a changed defaultValue to a mounted <select> and resets the form after each
              // answer: keyed by what was sent, the select is made anew with it, so a refused step keeps the choice.
              key={`${f.name}-${initial(f) ?? ""}`}
              id={id(f.name)}
              name={f.name}
              defaultValue={initial(f) ?? ""}
              className={control}
              {...described(f)}
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
              {...described(f)}
            />
          ) : (
            <input
              id={id(f.name)}
              name={f.name}
              type={f.kind}
              maxLength={"max" in f ? f.max : undefined}
              defaultValue={initial(f)}
              autoFocus={"autoFocus" in f ? f.autoFocus : undefined}
              autoCapitalize={f.name === "code" || f.name === "bookingCode" ? "characters" : undefined}
              className={control}
              {...described(f)}
            />
          )}
        </>
      )}
      {f.hint && <p className="mt-1 text-sm text-muted">{f.hint}</p>}
      <p id={`${id(f.name)}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
        {err(f.name)}
      </p>
    </div>
  ));
  return (
    <form
      action={action}
      onSubmit={onSubmit}
      className={inline ? "flex flex-wrap items-end gap-2" : "space-y-3"}
      noValidate
    >
      {title && <h3 className="w-full font-semibold">{title}</h3>}
      {formError && (
        <div className="w-full">
          <Alert tone="error">{formError}</Alert>
        </div>
      )}
      <OpInput op={op} />
      {suggestionId !== undefined && <input type="hidden" name="suggestionId" value={suggestionId} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      {Object.entries(hidden).map(([k, val]) => (
        <input key={k} type="hidden" name={k} value={val} />
      ))}
      {layout === "columns" ? <div className="grid gap-3 sm:grid-cols-2">{fieldList}</div> : fieldList}
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
