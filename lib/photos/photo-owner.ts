// Whose photo: a station of the staff member's region (station.manage) or a deputy of it (deputy.manage, a deputy
// being "in" a region through any mandate or station there, docs/decisions/0048). A role without the permission is
// refused, anything outside the region is "not found"; both are audited before anything is read further (S1, S9).
import type { Actor } from "../auth/permissions.ts";
import { loadDeputyInScope } from "../deputies/load-deputy-in-scope.ts";
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
  const d = await loadDeputyInScope(actor, id, client);
  return { kind, id: d.id, name: d.name };
}
