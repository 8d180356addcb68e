// 我要提建议 for a round collecting proposals: residents sign in by phone (as for suggestions), deputies and staff
// with their accounts. After submitting, the tracking code is shown here and the proposal is on /me.
import { redirect } from "next/navigation";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { ProposeForm } from "@/components/projects/propose-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { getActor } from "@/lib/auth/current-actor";
import { roleMay } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseId } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects"))("propose") };
}

export default async function ProposePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ code?: string }>;
}) {
  const { id } = await params;
  const { code } = await searchParams;
  const roundId = parseId(id);
  if (roundId == null) notFound();
  const round = await db.projectRound.findUnique({
    where: { id: roundId },
    select: { id: true, title: true, status: true, regionId: true },
  });
  if (!round) notFound();
  const actor = await getActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/projects/${round.id}/propose`)}`);
  if (!roleMay(actor, "project.propose")) return <ForbiddenNotice />;
  const t = await getTranslations("projects");
  const units =
    actor.role === "COMMITTEE_STAFF"
      ? await db.handlingUnit.findMany({
          where: { active: true },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        })
      : null;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeader title={`${t("propose")} · ${round.title}`} />
      {code && /^[2-9A-HJ-NP-Z]{8}$/.test(code) ? (
        <Alert tone="info">
          <span data-testid="proposal-code">{t("form.submitted", { code })}</span>
        </Alert>
      ) : round.status !== "COLLECTING" ? (
        <Alert tone="info">{t("status." + round.status)}</Alert>
      ) : (
        <div className="rounded-lg border border-line bg-white p-5 shadow-sm">
          <ProposeForm roundId={round.id} units={units} />
        </div>
      )}
    </div>
  );
}
