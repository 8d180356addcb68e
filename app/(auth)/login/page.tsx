import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResidentLoginForm } from "@/components/auth/resident-login-form";
import { PageHeader } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("residentTitle") };
}

export default async function ResidentLoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [{ next }, t] = await Promise.all([searchParams, getTranslations("login")]);
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("residentTitle")} intro={t("residentIntro")} />
      <div className="rounded-lg border border-line bg-white p-5 shadow-sm">
        <ResidentLoginForm next={next} />
      </div>
      <p className="mt-5 text-center">
        <Link
          href={`/login/staff${next ? `?next=${encodeURIComponent(next)}` : ""}`}
          className="text-brand-700 underline underline-offset-4"
        >
          {t("staffLink")}
        </Link>
      </p>
    </div>
  );
}
