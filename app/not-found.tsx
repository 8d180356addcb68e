import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-md py-10 text-center">
      <h1 className="text-2xl font-bold">{t("notFoundPage")}</h1>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline underline-offset-4">
        {t("backHome")}
      </Link>
    </div>
  );
}
