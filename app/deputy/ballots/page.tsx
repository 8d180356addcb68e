// The deputy's ballots: rounds of their congress at the vote, whether they are marked present and have voted.
import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonStyles } from "@/components/ui/button-styles";
import { votingOpen } from "@/lib/projects/access";
import { ballotsForDeputy } from "@/lib/projects/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects"))("ballot.title") };
}

export default async function DeputyBallotsPage() {
  const actor = await areaActor("deputy");
  if (!actor) return null;
  const [t, rounds] = await Promise.all([getTranslations("projects"), ballotsForDeputy(actor)]);
  const now = new Date();
  return (
    <div className="space-y-5">
      <PageHeader title={t("ballot.title")} />
      {rounds.length === 0 && <EmptyState>{t("ballot.listEmpty")}</EmptyState>}
      {rounds.map((r) => {
        const open = votingOpen(r, now);
        const state = r.voted
          ? t(r.voted === "PAPER" ? "ballot.votedPaper" : "ballot.voted")
          : !r.present
            ? t("ballot.notPresent")
            : open
              ? t("ballot.open")
              : r.status === "DECIDED"
                ? t("status.DECIDED")
                : t("ballot.notOpen");
        return (
          <Card key={r.id} title={r.title}>
            <p className="text-sm text-muted">
              {t("places", { n: r.places })} · {state}
            </p>
            {open && r.present && !r.voted && (
              <Link href={`/deputy/ballots/${r.id}`} className={`${buttonStyles.primary} mt-3 w-full sm:w-auto`}>
                {t("ballot.go")}
              </Link>
            )}
          </Card>
        );
      })}
    </div>
  );
}
