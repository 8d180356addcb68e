// Create a deputy by hand (with a first mandate or station that places them in the staff's region).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, PageHeader } from "@/components/ui/card";
import { DeputyForm } from "@/components/deputies/deputy-form";
import { regionsForTermChange } from "@/lib/deputies/term-regions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("deputyAdmin"))("newTitle") };
}

export default async function NewDeputyPage() {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const [t, regions] = await Promise.all([getTranslations("deputyAdmin"), regionsForTermChange(actor)]);
  const empty = { code: "", name: "", gender: "", occupation: "", phone: "", bio: "", stations: "" };
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("newTitle")} />
      <p className="text-sm">
        <Link href="/staff/deputies" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <Card title={t("person")}>
        <DeputyForm values={empty} regions={regions} />
      </Card>
    </div>
  );
}
