import { areaActor } from "@/components/layout/area-layout";
import { ManagedSessions } from "@/components/reception/managed-sessions";
import type { RawSearchParams } from "@/lib/http/search-params";

export default async function SessionsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await areaActor("station");
  if (!actor) return null;
  return <ManagedSessions actor={actor} basePath="/station/sessions" searchParams={await searchParams} />;
}
