import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { ROLE_HOME } from "@/lib/auth/roles";
import { LogoutButton } from "@/components/auth/logout-button";
import { LanguageSwitch } from "./language-switch";
import { DisplayModeSwitch } from "./display-mode-switch";
import type { DisplayMode } from "@/lib/display/display-mode";
import { unreadCount } from "@/lib/notifications/queries";

export async function SiteHeader({ displayMode }: { displayMode: DisplayMode }) {
  const [t, actor, locale] = await Promise.all([getTranslations(), getActor(), getLocale()]);
  const unread = actor ? await unreadCount(actor) : 0;
  return (
    <header className="border-b-4 border-brand-600 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-brand-700">
          <span
            aria-hidden
            className="inline-flex h-8 w-8 items-center justify-center rounded-full bg-brand-600 text-sm text-white"
          >
            联
          </span>
          {t("site.name")}
        </Link>
        <nav
          aria-label={t("nav.mainNav")}
          className="flex w-full flex-wrap items-center gap-x-4 gap-y-1 sm:w-auto sm:flex-1"
        >
          {[
            ["/stations", t("nav.stations")],
            ["/suggest", t("nav.suggest")],
            ["/track", t("nav.track")],
            ["/stats", t("nav.stats"), "elder:hidden"],
            ["/projects", t("nav.projects"), "elder:hidden"],
          ].map(([href, label, extra]) => (
            <Link key={href} href={href} className={`py-2 hover:text-brand-700 ${extra ?? ""}`}>
              {label}
            </Link>
          ))}
          <span className="flex-1" />
          {actor ? (
            <>
              <Link href={ROLE_HOME[actor.role]} className="py-2 font-medium text-brand-700">
                {/* "工作台" is a staff word; residents find their bookings and items. */}
                {actor.role === "RESIDENT" ? t("nav.myResident") : t("nav.myArea")}
                <span className="hidden sm:inline"> · {actor.name}</span>
              </Link>
              <Link href="/notifications" className="py-2 hover:text-brand-700">
                {t("nav.notifications")}
                {unread > 0 && (
                  <span className="ml-1 rounded-full bg-brand-600 px-1.5 text-xs text-white">
                    {unread}
                    <span className="sr-only">{t("nav.unread")}</span>
                  </span>
                )}
              </Link>
              <LogoutButton label={t("nav.logout")} />
            </>
          ) : (
            <Link href="/login" className="py-2 font-medium text-brand-700">
              {t("nav.login")}
            </Link>
          )}
          <DisplayModeSwitch mode={displayMode} />
          <span className="elder:hidden">
            <LanguageSwitch current={locale} label={t("site.language")} />
          </span>
        </nav>
      </div>
    </header>
  );
}
