import { areaActor } from "@/components/layout/area-layout";
import { SessionPlanPage } from "@/components/reception/session-plan-page";
import type { RawSearchParams } from "@/lib/http/search-params";

export default async function Page({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  return <SessionPlanPage actor={actor} basePath="/staff/sessions" kind="new" searchParams={await searchParams} />;
}
