import { areaActor } from "@/components/layout/area-layout";
import { MonthlySummary } from "@/components/reception/monthly-summary";

export default async function SummaryPage({
  searchParams,
}: {
  searchParams: Promise<{ station?: string; month?: string }>;
}) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  return <MonthlySummary actor={actor} sp={await searchParams} basePath="/staff" />;
}
