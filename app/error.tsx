"use client";
// Any unexpected failure, including a database outage (R4), ends here with a plain message and a retry.
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="mx-auto max-w-md py-10 text-center">
      <h1 className="text-xl font-bold">{t("generic")}</h1>
      <button type="button" onClick={reset} className="mt-4 rounded-md border border-line bg-white px-4 py-2">
        ↻
      </button>
    </div>
  );
}
