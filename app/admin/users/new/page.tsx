import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, PageHeader } from "@/components/ui/card";
import { AccountForm } from "@/components/users/account-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("newTitle") };
}

export default async function NewAccountPage() {
  const actor = await areaActor("admin");
  if (!actor) return null;
  const t = await getTranslations("users");
  return (
    <div className="max-w-2xl min-w-0 space-y-4">
      <Link href="/admin/users" className="text-brand-700 underline-offset-4 hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader title={t("newTitle")} intro={t("newIntro")} />
      <Card>
        <AccountForm />
      </Card>
    </div>
  );
}
