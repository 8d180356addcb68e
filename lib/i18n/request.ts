// next-intl without locale routing: the locale comes from a cookie (zh-CN unless the visitor chose English).
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { loadCatalog } from "./catalog.ts";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, TIME_ZONE } from "./locales.ts";

export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  const messages = await loadCatalog(locale);
  return { locale, messages, timeZone: TIME_ZONE, now: new Date() };
});
