// 满意 / 基本满意 / 不满意 counts of a 述职, one line.
import { getTranslations } from "next-intl/server";
import type { RatingCounts } from "@/lib/activities/rating-counts";

export async function RatingCountsLine({ counts }: { counts: RatingCounts }) {
  const t = await getTranslations("activities");
  return (
    <>
      {t("public.ratingCounts", {
        satisfied: counts.SATISFIED,
        basic: counts.BASICALLY_SATISFIED,
        unsatisfied: counts.UNSATISFIED,
      })}
    </>
  );
}
