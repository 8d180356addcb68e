// What an account looked like before and after a change, for the audit row's {before, after} (S9). Phone numbers
// appear masked; passwords and their hashes never.
import { decryptPii, maskPhone } from "../crypto/pii.ts";
import type { Role } from "../generated/prisma/enums.ts";

type AccountRow = {
  role: Role;
  name: string;
  username: string | null;
  phoneEnc: string | null;
  regionId: number | null;
  unitId: number | null;
  deputyId: number | null;
  disabledAt: Date | null;
  lockedUntil?: Date | null;
  mustChangePassword: boolean;
  stationIds: readonly number[];
};

export function accountSnapshot(u: AccountRow, now = new Date()) {
  return {
    role: u.role,
    name: u.name,
    username: u.username,
    phone: u.phoneEnc ? maskPhone(decryptPii(u.phoneEnc)) : null,
    regionId: u.regionId,
    unitId: u.unitId,
    deputyId: u.deputyId,
    stationIds: [...u.stationIds],
    disabled: u.disabledAt != null,
    locked: u.lockedUntil != null && u.lockedUntil > now,
    mustChangePassword: u.mustChangePassword,
  };
}

/** The locked row's stations as a flat list, for accountSnapshot. */
export function withStations<T extends { stationsManaged: { stationId: number }[] }>(u: T) {
  return { ...u, stationIds: u.stationsManaged.map((s) => s.stationId) };
}
