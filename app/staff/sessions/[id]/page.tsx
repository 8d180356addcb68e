import { areaActor } from "@/components/layout/area-layout";
import { SessionWork } from "@/components/reception/session-work";

export default async function SessionWorkPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ code?: string }>;
}) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const [{ id }, { code }] = await Promise.all([params, searchParams]);
  return (
    <SessionWork actor={actor} id={id} code={typeof code === "string" ? code : undefined} backHref="/staff/sessions" />
  );
}
