import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffLoginForm } from "@/components/auth/staff-login-form";
import { PageHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("staffTitle") };
}

export default async function StaffLoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; changed?: string }>;
}) {
  const [{ next, changed }, t, ta] = await Promise.all([
    searchParams,
    getTranslations("login"),
    getTranslations("account"),
  ]);
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("staffTitle")} intro={t("staffIntro")} />
      {changed && (
        <div className="mb-4">
          <Alert tone="info">{ta("changed")}</Alert>
        </div>
      )}
      <div className="rounded-lg border border-line bg-white p-5 shadow-sm">
        <StaffLoginForm next={next} />
      </div>
      <p className="mt-5 text-center">
        <Link href="/login" className="text-brand-700 underline underline-offset-4">
          {t("residentLink")}
        </Link>
      </p>
    </div>
  );
}
