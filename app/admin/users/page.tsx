import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountsPage } from "@/components/users/accounts-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default AccountsPage;
