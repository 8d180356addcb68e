import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { openActorOrRedirect } from "@/lib/auth/open-session-redirect";
import { can } from "@/lib/auth/permissions";
import { AreaShell } from "./area-shell";
import { AREAS, type AreaKey } from "./areas";

/** The layout of one role area, with the navigation from the AREAS table. */
export function areaLayout(area: AreaKey) {
  return async function AreaLayout({ children }: { children: ReactNode }) {
    const { action, messages, loginPath, nav } = AREAS[area];
    const [t, tn] = await Promise.all([getTranslations(messages), getTranslations("nav.area")]);
    return (
      <AreaShell
        action={action}
        loginPath={loginPath}
        title={t("title")}
        nav={nav.map((item) => ({ href: item.href, label: item.label === "home" ? t("title") : tn(item.label) }))}
      >
        {children}
      </AreaShell>
    );
  };
}

/** For an area's pages, which render beside the layout: the actor, or null when the layout is already
 *  showing (and auditing) the refusal. */
export async function areaActor(area: AreaKey) {
  const actor = await openActorOrRedirect(AREAS[area].loginPath);
  return can(actor, AREAS[area].action) ? actor : null;
}
