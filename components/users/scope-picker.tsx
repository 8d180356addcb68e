"use client";
// Picks a region, unit, station or deputy by typing a few characters of its name (or its number): a province has
// thousands of each, too many for a select. The choice travels in one hidden input (ids, comma-separated), so
// the picker works in the account forms and in the list's GET filter form alike.
import { useEffect, useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { searchScopeAction } from "@/app/actions/users";
import type { ScopeKind, ScopeOption } from "@/lib/users/scope-options";

type Props = {
  name: string;
  kind: ScopeKind;
  label: string;
  multiple?: boolean;
  initial?: ScopeOption[];
  error?: string;
};

export function ScopePicker({ name, kind, label, multiple = false, initial = [], error }: Props) {
  const t = useTranslations("users.picker");
  const id = useId();
  const [chosen, setChosen] = useState<ScopeOption[]>(initial);
  const [q, setQ] = useState("");
  const [found, setFound] = useState<ScopeOption[] | null>(null);
  const [pending, start] = useTransition();

  useEffect(() => {
    const text = q.trim();
    if (!text) return;
    const timer = setTimeout(() => start(async () => setFound(await searchScopeAction(kind, text))), 250);
    return () => clearTimeout(timer);
  }, [q, kind]);

  const choose = (o: ScopeOption) => {
    setChosen((c) => (multiple ? (c.some((x) => x.id === o.id) ? c : [...c, o]) : [o]));
    setQ("");
    setFound(null);
  };
  const errorId = `${id}-error`;
  return (
    <fieldset className="min-w-0" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1 font-medium">{label}</legend>
      <input type="hidden" name={name} value={chosen.map((c) => c.id).join(",")} />
      {chosen.length > 0 && (
        <ul className="mb-2 flex flex-wrap gap-2" aria-label={t("chosen")}>
          {chosen.map((c) => (
            <li key={c.id} className="flex items-center gap-1 rounded-md border border-line bg-brand-50 py-1 pr-1 pl-3">
              <span>{c.label}</span>
              <button
                type="button"
                onClick={() => setChosen((all) => all.filter((x) => x.id !== c.id))}
                className="min-h-9 rounded px-2 text-brand-700 hover:bg-white"
                aria-label={t("remove", { label: c.label })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-q`} className="sr-only">
        {t("search", { label })}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          if (!e.target.value.trim()) setFound(null);
        }}
        onKeyDown={(e) => {
          // Enter picks the first match instead of submitting the whole form.
          if (e.key === "Enter") {
            e.preventDefault();
            if (found?.[0]) choose(found[0]);
          }
        }}
        placeholder={t("placeholder")}
        maxLength={40}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        className={`block w-full rounded-md border bg-white px-3 py-2.5 text-base ${error ? "border-brand-600" : "border-line"}`}
      />
      <p aria-live="polite" className="mt-1 text-sm text-muted">
        {pending ? t("searching") : found ? (found.length ? t("found", { count: found.length }) : t("none")) : ""}
      </p>
      {found && found.length > 0 && (
        <ul className="mt-1 max-h-60 overflow-y-auto rounded-md border border-line bg-white">
          {found.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                onClick={() => choose(o)}
                className="block min-h-11 w-full px-3 py-2 text-left hover:bg-brand-50 focus:bg-brand-50"
              >
                {o.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p id={errorId} aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
        {error}
      </p>
    </fieldset>
  );
}
