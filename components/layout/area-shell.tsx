// The frame of every role area: checks that the visitor is signed in and holds this area's role, then shows
// the area's navigation. Pages inside still check their own reads (S1); this only decides what to render.
import Link from "next/link";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { SessionActor } from "@/lib/auth/current-actor";
import { openActorOrRedirect } from "@/lib/auth/open-session-redirect";
import { can, type Action } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { clientInfoFrom } from "@/lib/http/client-info";
import { ForbiddenNotice } from "./forbidden-notice";
import { actorPlace } from "@/lib/auth/actor-place";

export type NavItem = { href: string; label: string };

export async function requireAreaActor(action: Action, loginPath: string): Promise<SessionActor | null> {
  const actor = await openActorOrRedirect(loginPath);
  if (!can(actor, action)) {
    await recordAudit({
      actor,
      action: "permission.denied",
      result: "DENIED",
      client: clientInfoFrom(await headers()),
      detail: { area: action },
    });
    return null;
  }
  return actor;
}

export async function AreaShell({
  action,
  loginPath = "/login/staff",
  title,
  nav,
  children,
}: {
  action: Action;
  loginPath?: string;
  title: string;
  nav: NavItem[];
  children: ReactNode;
}) {
  const actor = await requireAreaActor(action, loginPath);
  if (!actor) return <ForbiddenNotice />;
  const [t, place] = await Promise.all([getTranslations(), actorPlace(actor)]);
  return (
    <div className="grid gap-6 md:grid-cols-[12rem_1fr]">
      <nav aria-label={t("nav.areaNav")} className="md:border-r md:border-line md:pr-4">
        <p className="mb-2 text-sm text-muted">
          {title} ·{" "}
          <span className="font-medium text-ink" data-testid="area-place">
            {place ? t("nav.place", { name: place.name, more: place.more }) : t(`roles.${actor.role}`)}
          </span>
        </p>
        <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
          {nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block rounded-md px-3 py-2 hover:bg-brand-50 hover:text-brand-700">
                {item.label}
              </Link>
            </li>
          ))}
          {actor.role !== "RESIDENT" && (
            <li>
              <Link
                href="/account/password"
                className="block rounded-md px-3 py-2 text-muted hover:bg-brand-50 hover:text-brand-700"
              >
                {t("nav.changePassword")}
              </Link>
            </li>
          )}
        </ul>
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
