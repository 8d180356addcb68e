export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_COOKIE = "locale";
export const TIME_ZONE = "Asia/Shanghai";

export const isLocale = (v: string | undefined): v is Locale => (LOCALES as readonly string[]).includes(v ?? "");
