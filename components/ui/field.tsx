// A labelled input with its hint and error wired for screen readers (U2): the error is announced and
// referenced by aria-describedby.
import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  error?: string;
};

export function Field({ name, label, hint, error, id = name, className, ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : undefined].filter(Boolean).join(" ") || undefined}
        className={`block w-full rounded-md border bg-white px-3 py-2.5 text-base ${
          error ? "border-brand-600" : "border-line"
        } focus:border-blue-700`}
        {...input}
      />
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      <p id={errorId} aria-live="polite" className="mt-1 min-h-0 text-sm font-medium text-brand-700">
        {error}
      </p>
    </div>
  );
}
