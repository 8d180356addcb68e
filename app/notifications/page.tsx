import Link from "next/link";
import { redirect } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { listNotifications } from "@/lib/notifications/queries";
import { markNotificationsReadAction } from "@/app/actions/mark-notifications-read";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonStyles } from "@/components/ui/button-styles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const actor = await getActor();
  if (!actor) redirect("/login?next=/notifications");
  const [t, format, items] = await Promise.all([
    getTranslations("notifications"),
    getFormatter(),
    listNotifications(actor),
  ]);
  const unread = items.some((n) => !n.readAt);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeader title={t("title")} intro={t("intro")} />
      {unread && (
        <form action={markNotificationsReadAction}>
          <button type="submit" className={buttonStyles.secondary}>
            {t("markAllRead")}
          </button>
        </form>
      )}
      <Card>
        {items.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-line">
            {items.map((n) => (
              <li key={n.id} className="py-3">
                <p className="font-medium">
                  {!n.readAt && (
                    <span className="mr-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs text-white">{t("new")}</span>
                  )}
                  {n.link ? (
                    <Link href={n.link} className="hover:text-brand-700">
                      {n.title}
                    </Link>
                  ) : (
                    n.title
                  )}
                </p>
                <p className="text-sm">{n.body}</p>
                <p className="text-sm text-muted">
                  {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
