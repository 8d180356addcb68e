// Loads a station for the committee's administration and checks the actor may act on it (S1): a role without
// station.manage is refused, a station outside the actor's region is "not found". Scope is the region only, so a
// station admin (whose station.manage reaches their own stations) cannot create, close or re-rate stations.
import { db, type Tx } from "../db.ts";
import { notFound } from "../errors.ts";
import { requireRole, requireScope } from "../auth/authorize-in-region.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";

export const stationEditableSelect = {
  id: true,
  code: true,
  name: true,
  kind: true,
  parentId: true,
  regionId: true,
  address: true,
  lat: true,
  lng: true,
  openingHours: true,
  contactName: true,
  contactPhone: true,
  intro: true,
  active: true,
  closedOn: true,
  region: { select: { path: true } },
} as const;

export async function loadStationForAdmin(id: number, actor: Actor, client?: ClientInfo, tx: Tx = db) {
  const target = { type: "Station", id };
  await requireRole(actor, "station.manage", target, client);
  const s = await tx.station.findUnique({ where: { id }, select: stationEditableSelect });
  await requireScope(actor, "station.manage", s ? { regionPath: s.region.path } : null, target, client);
  if (!s) throw notFound();
  return s;
}

/** A region the actor may place a station (or unit) in: in scope, or "not found". */
export async function loadRegionInScope(regionId: number, actor: Actor, tx: Tx = db) {
  const r = await tx.region.findUnique({ where: { id: regionId }, select: { id: true, path: true } });
  if (!r || !actor.regionPath || !r.path.startsWith(actor.regionPath)) throw notFound();
  return r;
}
