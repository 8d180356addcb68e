import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

export async function ForbiddenNotice() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-md space-y-4 text-center">
      <Alert tone="error">{t("forbiddenPage")}</Alert>
      <Link href="/" className="text-brand-700 underline underline-offset-4">
        {t("backHome")}
      </Link>
    </div>
  );
}
