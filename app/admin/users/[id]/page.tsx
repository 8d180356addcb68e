import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountDetailPage } from "@/components/users/account-detail-page";
import { parseId } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("detailTitle") };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (!id) notFound();
  return <AccountDetailPage id={id} />;
}
