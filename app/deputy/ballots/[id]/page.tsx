// One ballot, built for a phone: the candidates with 赞成 / 反对 / 弃权, at most N 赞成. A deputy who has voted, is
// not present or outside the voting time sees why instead of the form.
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { BallotForm } from "@/components/projects/ballot-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { votingOpen } from "@/lib/projects/access";
import { ballotForDeputy } from "@/lib/projects/queries";
import { parseId } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects"))("ballot.title") };
}

export default async function BallotPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("deputy");
  if (!actor) return null;
  const { id } = await params;
  const roundId = parseId(id);
  if (roundId == null) notFound();
  const ballot = await ballotForDeputy(actor, roundId);
  if (!ballot) notFound();
  const [t, format] = await Promise.all([getTranslations("projects"), getFormatter()]);
  const { round, candidates } = ballot;
  const blocked = round.voted
    ? t(round.voted === "PAPER" ? "ballot.votedPaper" : "ballot.voted")
    : !round.present
      ? t("ballot.notPresent")
      : !votingOpen(round, new Date())
        ? t("ballot.notOpen")
        : null;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <PageHeader title={round.title} intro={t("ballot.intro", { places: round.places })} />
      {blocked ? (
        <Alert tone="info">{blocked}</Alert>
      ) : (
        <BallotForm
          roundId={round.id}
          places={round.places}
          candidates={candidates.map((c) => ({
            id: c.id,
            title: c.title,
            description: c.description,
            meta: `${c.unit} · ${t("cost", { cost: format.number(Number(c.costWan)) })}`,
          }))}
        />
      )}
    </div>
  );
}
