import { setLocale } from "@/app/actions/set-locale";
import { LOCALES } from "@/lib/i18n/locales";

const NAMES: Record<string, string> = { "zh-CN": "中文", en: "English" };

/** A plain form, so switching works before any script loads. */
export function LanguageSwitch({ current, label }: { current: string; label: string }) {
  const other = LOCALES.find((l) => l !== current) ?? LOCALES[0];
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        className="py-2 text-sm text-muted hover:text-brand-700"
        aria-label={`${label}: ${NAMES[other]}`}
        lang={other}
      >
        {NAMES[other]}
      </button>
    </form>
  );
}
