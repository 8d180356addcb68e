// The proposer's 民生实事 proposals on their own page: status, the reason when declined, the candidate it became.
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, EmptyState } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/permissions";
import { listOwnProposals } from "@/lib/projects/queries";

export async function OwnProposals({ actor }: { actor: Actor }) {
  const [t, format, rows] = await Promise.all([getTranslations("projects"), getFormatter(), listOwnProposals(actor)]);
  return (
    <Card title={t("mine")}>
      {rows.length === 0 ? (
        <EmptyState>{t("mineEmpty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-line" data-testid="own-proposals">
          {rows.map((p) => (
            <li key={p.id} className="py-2">
              <p className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-medium">{p.title}</span>
                <span className="text-sm text-muted">
                  {t(`proposalStatus.${p.status}`)} · {format.dateTime(p.submittedAt, { dateStyle: "medium" })} ·{" "}
                  <span className="font-mono">{p.trackingCode}</span>
                </span>
              </p>
              <p className="text-sm text-muted">
                {p.round.title}
                {p.candidate && (
                  <>
                    {" · "}
                    {p.candidate.title}
                    {p.candidate.outcome && ` · ${t(`outcome.${p.candidate.outcome}`)}`}
                  </>
                )}
              </p>
              {p.declineReason && <p className="text-sm">{t("declineReason", { reason: p.declineReason })}</p>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
