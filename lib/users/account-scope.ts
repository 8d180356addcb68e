// What each role's scope is made of, and the check that the chosen region, unit, stations or deputy exist
// (lib/auth/current-actor.ts reads them back on every request):
// - committee staff and leaders: a region subtree (User.regionId), required: without one they would see nothing;
// - unit staff: one handling unit (User.unitId); station admins: their stations (StationAdmin rows);
// - a deputy account: exactly one deputy (User.deputyId, unique in the database);
// - system admins and auditors: none. Their permissions are "any" (the whole installation), so a region stored on
//   them would suggest a limit that nothing enforces (docs/decisions/0042).
import { fieldError } from "../errors.ts";
import type { Tx } from "../db.ts";
import type { StaffRole } from "./schemas.ts";

export type ScopeInput = {
  role: StaffRole;
  regionId?: number;
  unitId?: number;
  deputyId?: number;
  stationIds: number[];
};

export type ResolvedScope = {
  regionId: number | null;
  unitId: number | null;
  deputyId: number | null;
  stationIds: number[];
};

export const REGION_ROLES: readonly StaffRole[] = ["COMMITTEE_STAFF", "LEADER"];

/** Keeps only the parts of the scope the role uses, and checks that each exists and is in use. */
export async function resolveScope(tx: Tx, input: ScopeInput): Promise<ResolvedScope> {
  const none: ResolvedScope = { regionId: null, unitId: null, deputyId: null, stationIds: [] };
  switch (input.role) {
    case "COMMITTEE_STAFF":
    case "LEADER": {
      if (input.regionId == null) throw fieldError("regionId", "users.regionRequired");
      const region = await tx.region.findUnique({ where: { id: input.regionId }, select: { id: true } });
      if (!region) throw fieldError("regionId", "users.regionUnknown");
      return { ...none, regionId: region.id };
    }
    case "UNIT_STAFF": {
      if (input.unitId == null) throw fieldError("unitId", "users.unitRequired");
      const unit = await tx.handlingUnit.findFirst({ where: { id: input.unitId, active: true }, select: { id: true } });
      if (!unit) throw fieldError("unitId", "users.unitUnknown");
      return { ...none, unitId: unit.id };
    }
    case "STATION_ADMIN": {
      if (input.stationIds.length === 0) throw fieldError("stationIds", "users.stationsRequired");
      const found = await tx.station.count({ where: { id: { in: input.stationIds }, active: true } });
      if (found !== input.stationIds.length) throw fieldError("stationIds", "users.stationUnknown");
      return { ...none, stationIds: [...input.stationIds].sort((a, b) => a - b) };
    }
    case "DEPUTY": {
      if (input.deputyId == null) throw fieldError("deputyId", "users.deputyRequired");
      const deputy = await tx.deputy.findFirst({ where: { id: input.deputyId, active: true }, select: { id: true } });
      if (!deputy) throw fieldError("deputyId", "users.deputyUnknown");
      return { ...none, deputyId: deputy.id };
    }
    case "SYSTEM_ADMIN":
    case "AUDITOR":
      return none;
  }
}

/** Replaces a station admin's stations (none for every other role). */
export async function writeStations(tx: Tx, userId: number, stationIds: readonly number[]): Promise<void> {
  await tx.stationAdmin.deleteMany({ where: { userId, stationId: { notIn: [...stationIds] } } });
  if (stationIds.length)
    await tx.stationAdmin.createMany({
      data: stationIds.map((stationId) => ({ userId, stationId })),
      skipDuplicates: true,
    });
}
