import { redirect } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/lib/auth/current-actor";
import { SECOND_FACTOR_PATH } from "@/lib/auth/open-session-redirect";
import { PageHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ChangePasswordForm } from "@/components/auth/change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("passwordTitle") };
}

export default async function ChangePasswordPage() {
  const actor = await getSessionActor();
  if (!actor) redirect("/login/staff?next=/account/password");
  if (actor.gate === "verify" || actor.gate === "enrol") redirect(SECOND_FACTOR_PATH);
  if (actor.role === "RESIDENT") redirect("/me"); // residents have no password
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <PageHeader title={t("passwordTitle")} intro={t("passwordIntro")} />
      {actor.mustChangePassword && <Alert tone="info">{t("mustChange")}</Alert>}
      <div className="rounded-lg border border-line bg-white p-5 shadow-sm">
        <ChangePasswordForm />
      </div>
    </div>
  );
}
