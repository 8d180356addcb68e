// Whose photo: a station of the staff member's region (station.manage) or a deputy of it (deputy.manage, a deputy
// being "in" a region through any mandate or station there, docs/decisions/0048). A role without the permission is
// refused, anything outside the region is "not found"; both are audited before anything is read further (S1, S9).
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { requireRole } from "../auth/authorize-in-region.ts";
import { can, type Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { loadStationForAdmin } from "../stations/load-station.ts";

export type PhotoOwnerKind = "station" | "deputy";
export type PhotoOwner = { kind: PhotoOwnerKind; id: number; name: string };

export const ownerTarget = (o: { kind: PhotoOwnerKind; id: number }) => ({
  type: o.kind === "station" ? "Station" : "Deputy",
  id: o.id,
});

export async function loadPhotoOwner(
  actor: Actor,
  kind: PhotoOwnerKind,
  id: number,
  client?: ClientInfo,
): Promise<PhotoOwner> {
  if (kind === "station") {
    const s = await loadStationForAdmin(id, actor, client);
    return { kind, id: s.id, name: s.name };
  }
  const target = { type: "Deputy", id };
  await requireRole(actor, "deputy.manage", target, client);
  const d = await db.deputy.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      mandates: { select: { region: { select: { path: true } } } },
      stations: { select: { station: { select: { region: { select: { path: true } } } } } },
    },
  });
  const paths = [
    ...(d?.mandates.map((m) => m.region.path) ?? []),
    ...(d?.stations.map((s) => s.station.region.path) ?? []),
  ];
  if (!d || !paths.some((p) => can(actor, "deputy.manage", { regionPath: p }))) {
    await recordAudit({
      actor,
      action: "permission.denied",
      target,
      result: "DENIED",
      client,
      detail: { action: "deputy.manage", why: "scope" },
    });
    throw notFound();
  }
  return { kind, id: d.id, name: d.name };
}
