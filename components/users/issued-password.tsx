"use client";
// The one-time password, shown once right after it is made: it is not stored in the clear anywhere, so leaving
// this page loses it (a new reset makes another). Large, monospaced, grouped for reading out.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import type { IssuedPassword } from "@/lib/users/create-account";

export function IssuedPasswordPanel({
  issued,
  created = false,
  adminLinks = created,
}: {
  issued: IssuedPassword;
  created?: boolean;
  /** Links into /admin/users (the admin's own forms); not for staff making a deputy's account. */
  adminLinks?: boolean;
}) {
  const t = useTranslations("users.issued");
  return (
    <div className="space-y-3">
      <Alert tone="info">
        {created ? t("created", { name: issued.name, username: issued.username }) : t("reset", { name: issued.name })}
      </Alert>
      <div className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4">
        <p className="font-medium">{t("label", { username: issued.username })}</p>
        <p data-testid="one-time-password" className="mt-2 font-mono text-2xl tracking-wider break-all select-all">
          {issued.password}
        </p>
        <p className="mt-2 text-sm">{t("once")}</p>
        <p className="mt-1 text-sm">{issued.smsQueued ? t("smsQueued") : t("noSms")}</p>
      </div>
      {adminLinks && (
        <div className="flex flex-wrap gap-2">
          <Link href={`/admin/users/${issued.userId}`} className={buttonStyles.secondary}>
            {t("openAccount")}
          </Link>
          {/* A full load on purpose: a client navigation to this same page would keep the password on screen. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/admin/users/new" className={buttonStyles.quiet}>
            {t("another")}
          </a>
        </div>
      )}
    </div>
  );
}
