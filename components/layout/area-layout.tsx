import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { AreaShell } from "./area-shell";
import { AREAS, type AreaKey } from "./areas";

/** The layout of one role area; later issues add items to `nav`. */
export function areaLayout(area: AreaKey) {
  return async function AreaLayout({ children }: { children: ReactNode }) {
    const { action, messages, loginPath } = AREAS[area];
    const t = await getTranslations(messages);
    return (
      <AreaShell action={action} loginPath={loginPath} title={t("title")} nav={[{ href: `/${area}`, label: t("title") }]}>
        {children}
      </AreaShell>
    );
  };
}

/** For an area's pages, which render beside the layout: the actor, or null when the layout is already
 *  showing (and auditing) the refusal. */
export async function areaActor(area: AreaKey) {
  const actor = await getActor();
  if (!actor) redirect(AREAS[area].loginPath);
  return can(actor, AREAS[area].action) ? actor : null;
}
