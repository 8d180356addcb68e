import { getTranslations } from "next-intl/server";
import type { SuggestionStatus } from "@/lib/generated/prisma/enums";

const ORDER: SuggestionStatus[] = [
  "SUBMITTED",
  "ACCEPTED",
  "ASSIGNED",
  "HANDLING",
  "REPLIED",
  "FED_BACK",
  "CLOSED",
  "DECLINED",
  "MERGED",
];

/** Counts per stage, in the loop's order. */
export async function StatusCounts({ counts }: { counts: Partial<Record<SuggestionStatus, number>> }) {
  const t = await getTranslations("status");
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {ORDER.map((s) => (
        <div key={s} className="rounded-md border border-line bg-paper px-3 py-2">
          <dt className="text-sm text-muted">{t(s)}</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-status={s}>
            {counts[s] ?? 0}
          </dd>
        </div>
      ))}
    </dl>
  );
}
