import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { isDemoMode } from "@/lib/env";
import { cookies } from "next/headers";
import { DISPLAY_COOKIE, displayModeClass, parseDisplayMode } from "@/lib/display/display-mode";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return { title: { default: t("name"), template: `%s · ${t("shortName")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#b3261e" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const [t, messages, jar] = await Promise.all([getTranslations("site"), getMessages(), cookies()]);
  const displayMode = parseDisplayMode(jar.get(DISPLAY_COOKIE)?.value);
  return (
    <html lang={locale} className={displayModeClass(displayMode)}>
      <body className="flex min-h-dvh flex-col">
        <NextIntlClientProvider messages={clientMessages(messages as Parameters<typeof clientMessages>[0])}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
          >
            {t("skipToContent")}
          </a>
          {/* Demo mode only: a quiet note in the flow of the page (not an alert, not fixed over content). */}
          {isDemoMode() && (
            <div
              role="note"
              aria-label={t("demoBannerLabel")}
              data-testid="demo-banner"
              className="border-b border-amber-300 bg-amber-100 px-4 py-1.5 text-center text-sm text-amber-950"
            >
              {t("demoBanner")}
            </div>
          )}
          <SiteHeader displayMode={displayMode} />
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-8">
            {children}
          </main>
          <footer className="border-t border-line bg-white px-4 py-5 text-center text-sm text-muted">
            {t("footer")}
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
