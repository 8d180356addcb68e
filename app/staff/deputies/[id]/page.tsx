// Staff open any deputy's archive in their region (every point, published or not).
import { notFound } from "next/navigation";
import { areaActor } from "@/components/layout/area-layout";
import { ArchiveView } from "@/components/supervision/archive-view";
import { foundOrNull } from "@/lib/errors";
import { parseId } from "@/lib/validation/fields";
import { getDeputyArchiveForStaff } from "@/lib/deputies/duty-archive";

export default async function StaffArchivePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ mandate?: string }>;
}) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const [{ id }, { mandate }] = await Promise.all([params, searchParams]);
  const deputyId = parseId(id);
  if (!deputyId) notFound();
  const a = await foundOrNull(getDeputyArchiveForStaff(actor, deputyId, parseId(mandate) ?? undefined));
  if (!a) notFound();
  return <ArchiveView a={a} basePath={`/staff/deputies/${id}`} />;
}
