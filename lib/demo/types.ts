// The in-memory picture of what has been inserted so far, handed from one generator step to the next.
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { DeputyLevel, Role, StationKind } from "../generated/prisma/enums.ts";
import type { CategoryCode } from "./data/suggestion-templates.ts";

export type SeedDb = PrismaClient;

export interface Actor {
  id: number;
  role: Role;
}

export interface CommunityCtx {
  id: number;
  name: string;
}

export interface TownshipCtx {
  id: number;
  name: string;
  communities: CommunityCtx[];
}

export interface DistrictCtx {
  id: number;
  name: string;
  urban: boolean;
  lat: number;
  lng: number;
  townships: TownshipCtx[];
}

export interface UnitCtx {
  id: number;
  name: string;
  categories: readonly CategoryCode[];
  /** Index of the district for district-level units; null for city-level ones. */
  districtIdx: number | null;
  staff: Actor;
}

export interface StationCtx {
  id: number;
  name: string;
  kind: StationKind;
  regionId: number;
  districtIdx: number;
  townshipIdx: number;
  lat: number;
  lng: number;
  road: string;
  admin: Actor;
  deputyIds: number[];
}

export interface DeputyCtx {
  id: number;
  name: string;
  level: DeputyLevel;
  term: number;
  districtIdx: number;
  stationIds: number[];
  user: Actor;
}

export interface ResidentCtx {
  id: number;
  name: string;
  cityIdx: number;
}

export interface CityCtx {
  index: number;
  id: number;
  name: string;
  lat: number;
  lng: number;
  districts: DistrictCtx[];
  units: UnitCtx[];
  stations: StationCtx[];
  deputies: DeputyCtx[];
  residents: ResidentCtx[];
  staff: Actor;
  leader: Actor;
}

export interface SeedContext {
  db: SeedDb;
  size: number;
  /** Today in Asia/Shanghai, as a day number (see time.ts); everything generated happens before it. */
  today: number;
  /** The last instant any generated event may have: the end of yesterday. */
  limit: number;
  log: (msg: string) => void;
  cities: CityCtx[];
  categories: { id: number; code: CategoryCode }[];
  dutyRuleIds: Record<string, number>;
  /** Each deputy's term (届) of their main mandate, for the duty-point ledger; filled once deputies exist. */
  deputyTerms: Map<number, number>;
  demo: DemoRefs;
}

/** The rows behind the demo accounts, so their data can be arranged to show every screen. */
export interface DemoRefs {
  stationIds: number[];
  deputyId: number;
  unitId: number;
  resident: ResidentCtx | null;
}

export const emptyActor = (role: Role): Actor => ({ id: 0, role });
