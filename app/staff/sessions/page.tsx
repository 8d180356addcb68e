import { areaActor } from "@/components/layout/area-layout";
import { ManagedSessions } from "@/components/reception/managed-sessions";

export default async function SessionsPage() {
  const actor = await areaActor("staff");
  if (!actor) return null;
  return <ManagedSessions actor={actor} basePath="/staff/sessions" />;
}
