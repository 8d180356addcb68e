// The monthly summary's line on the 321 three lists of the month's sessions (lib/reception/three-lists.ts).
import { getTranslations } from "next-intl/server";
import { listTotals } from "@/lib/reception/three-lists";

export async function MonthThreeLists({ sessionIds }: { sessionIds: number[] }) {
  const [t, totals] = await Promise.all([getTranslations("receptionLists"), listTotals(sessionIds)]);
  return <p className="rounded-lg border border-line bg-white p-3">{t("summary", totals)}</p>;
}
