import { redirect } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { trackingCodeSchema } from "@/lib/suggestions/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("track"))("title") };
}

export default async function TrackPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string; missing?: string }>;
}) {
  const { code, missing } = await searchParams;
  const parsed = code ? trackingCodeSchema.safeParse(code) : null;
  if (parsed?.success && !missing) redirect(`/track/${parsed.data}`);
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("track.title")} intro={t("track.intro")} />
      {missing && (
        <div className="mb-4">
          <Alert tone="error">{t("track.notFound")}</Alert>
        </div>
      )}
      <form action="/track" className="space-y-3 rounded-lg border border-line bg-white p-5 shadow-sm">
        <label htmlFor="code" className="block font-medium">
          {t("track.codeLabel")}
        </label>
        <input
          id="code"
          name="code"
          defaultValue={code}
          maxLength={8}
          autoCapitalize="characters"
          autoComplete="off"
          aria-invalid={parsed && !parsed.success ? true : undefined}
          aria-describedby="code-error"
          className="block w-full rounded-md border border-line bg-white px-3 py-2.5 font-mono text-lg tracking-widest uppercase"
        />
        <p id="code-error" aria-live="polite" className="text-sm font-medium text-brand-700">
          {parsed && !parsed.success ? t("errors.trackingCodeFormat") : null}
        </p>
        <button type="submit" className={`${buttonStyles.primary} w-full`}>
          {t("track.search")}
        </button>
      </form>
    </div>
  );
}
