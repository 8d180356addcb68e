// 写给代表: a signed-in resident writes to this deputy or asks to meet them. Signed-out visitors (as from the
// 代表码) are sent to sign in and come back here, the channel kept.
import { randomUUID } from "node:crypto";
import { notFound, redirect } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { roleMay } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseId } from "@/lib/validation/fields";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { WriteLetterForm } from "@/components/letters/write-letter-form";

export const metadata: Metadata = { robots: { index: false } };

export default async function WriteToDeputyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ via?: string }>;
}) {
  const [{ id }, { via }] = await Promise.all([params, searchParams]);
  const deputyId = parseId(id);
  const deputy = deputyId
    ? await db.deputy.findFirst({ where: { id: deputyId, active: true }, select: { id: true, name: true } })
    : null;
  if (!deputy) notFound();
  const channel = via === "qr" ? "qr" : "web";
  const actor = await getActor();
  if (!actor) {
    const here = `/deputies/${deputy.id}/write${channel === "qr" ? "?via=qr" : ""}`;
    redirect(`/login?next=${encodeURIComponent(here)}`);
  }
  const t = await getTranslations("letters");
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeader title={t("writeTitle", { name: deputy.name })} intro={t("writeIntro", { name: deputy.name })} />
      {roleMay(actor, "letter.write") ? (
        <div className="rounded-lg border border-line bg-white p-5 shadow-sm">
          <WriteLetterForm deputyId={deputy.id} via={channel} idempotencyKey={randomUUID()} />
        </div>
      ) : (
        <Alert tone="info">{t("onlyResidents")}</Alert>
      )}
    </div>
  );
}
