// A letter's status as a badge, with "overdue" beside an open letter that has waited past the setting.
import { getTranslations } from "next-intl/server";
import type { DeputyLetterStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<DeputyLetterStatus, string> = {
  OPEN: "bg-amber-100 text-amber-900",
  ANSWERED: "bg-green-100 text-green-900",
  PASSED: "bg-blue-100 text-blue-900",
  RAISED: "bg-blue-100 text-blue-900",
};

export async function LetterStatus({ status, overdue }: { status: DeputyLetterStatus; overdue: boolean }) {
  const t = await getTranslations("letters");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`rounded px-2 py-0.5 text-sm font-medium ${TONE[status]}`}>{t(`status.${status}`)}</span>
      {overdue && (
        <span className="rounded bg-brand-600 px-2 py-0.5 text-sm font-medium text-white" data-testid="letter-overdue">
          {t("overdue")}
        </span>
      )}
    </span>
  );
}
