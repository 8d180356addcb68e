// 长辈版 (elders' mode), following the MIIT guidance for websites used by older people: larger text that can be
// made larger again, generous line spacing, bigger touch targets and simpler pages. The choice is a cookie, so it
// is remembered on this device without an account and applies before any script runs.
export const DISPLAY_COOKIE = "display";
export const DISPLAY_MODES = ["standard", "elder", "elder-xl"] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

export const isDisplayMode = (v: string | undefined): v is DisplayMode =>
  (DISPLAY_MODES as readonly string[]).includes(v ?? "");

export const parseDisplayMode = (v: string | undefined): DisplayMode => (isDisplayMode(v) ? v : "standard");

/** Classes on <html>: `elder` for every elders' page (the `elder:` variant in globals.css), `elder-xl` for the
 *  larger size. */
export function displayModeClass(mode: DisplayMode): string | undefined {
  if (mode === "elder") return "elder";
  if (mode === "elder-xl") return "elder elder-xl";
  return undefined;
}
