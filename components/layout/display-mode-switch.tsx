import { getTranslations } from "next-intl/server";
import { setDisplayMode } from "@/app/actions/set-display-mode";
import type { DisplayMode } from "@/lib/display/display-mode";

function ModeButton({ mode, label, pressed }: { mode: DisplayMode; label: string; pressed?: boolean }) {
  return (
    <form action={setDisplayMode}>
      <input type="hidden" name="mode" value={mode} />
      <button
        type="submit"
        aria-pressed={pressed}
        className="min-h-11 rounded-md border border-brand-600 px-3 py-1 font-medium text-brand-700 hover:bg-brand-50 aria-pressed:bg-brand-600 aria-pressed:text-white"
      >
        {label}
      </button>
    </form>
  );
}

/** On every page's header: 长辈版 in plain sight; once on, the text size can be raised again, or switched back. */
export async function DisplayModeSwitch({ mode }: { mode: DisplayMode }) {
  const t = await getTranslations("display");
  if (mode === "standard") return <ModeButton mode="elder" label={t("elder")} />;
  return (
    <div role="group" aria-label={t("textSize")} className="flex flex-wrap items-center gap-2">
      <ModeButton mode="elder" label={t("large")} pressed={mode === "elder"} />
      <ModeButton mode="elder-xl" label={t("extraLarge")} pressed={mode === "elder-xl"} />
      <ModeButton mode="standard" label={t("standard")} />
    </div>
  );
}
