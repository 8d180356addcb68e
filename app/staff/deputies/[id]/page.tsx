// Staff open any deputy's archive in their region (every point, published or not).
import { notFound } from "next/navigation";
import { areaActor } from "@/components/layout/area-layout";
import { ArchiveView } from "@/components/supervision/archive-view";
import { AppError } from "@/lib/errors";
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
  if (!/^\d{1,9}$/.test(id)) notFound();
  const a = await getDeputyArchiveForStaff(
    actor,
    Number(id),
    mandate && /^\d{1,9}$/.test(mandate) ? Number(mandate) : undefined,
  ).catch((err: unknown) => {
    if (err instanceof AppError && (err.code === "notFound" || err.code === "forbidden")) notFound();
    throw err;
  });
  return <ArchiveView a={a} basePath={`/staff/deputies/${id}`} />;
}
