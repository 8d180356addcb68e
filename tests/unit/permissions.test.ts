import { describe, expect, it } from "vitest";
import { can, roleMay, type Actor } from "@/lib/auth/permissions";

const actor = (over: Partial<Actor>): Actor => ({
  id: 1,
  role: "RESIDENT",
  regionPath: null,
  unitId: null,
  deputyId: null,
  stationIds: [],
  ...over,
});

describe("permissions", () => {
  it("lets a resident read only their own suggestion", () => {
    const me = actor({ id: 7 });
    expect(can(me, "suggestion.read", { ownerId: 7 })).toBe(true);
    expect(can(me, "suggestion.read", { ownerId: 8 })).toBe(false);
    expect(can(me, "suggestion.read", {})).toBe(false);
  });

  it("limits committee staff to their region subtree", () => {
    const staff = actor({ role: "COMMITTEE_STAFF", regionPath: "/1/4/" });
    expect(can(staff, "suggestion.assign", { regionPath: "/1/4/17/" })).toBe(true);
    expect(can(staff, "suggestion.assign", { regionPath: "/1/4/" })).toBe(true);
    expect(can(staff, "suggestion.assign", { regionPath: "/1/5/" })).toBe(false);
    // "/1/4" must not match "/1/40/": paths end with a slash for this reason
    expect(can(staff, "suggestion.assign", { regionPath: "/1/40/" })).toBe(false);
  });

  it("keeps a unit to the items assigned to it", () => {
    const unit = actor({ role: "UNIT_STAFF", unitId: 3 });
    expect(can(unit, "suggestion.handle", { unitIds: [2, 3] })).toBe(true);
    expect(can(unit, "suggestion.handle", { unitIds: [2] })).toBe(false);
    expect(can(unit, "suggestion.assign", { unitIds: [3] })).toBe(false);
  });

  it("keeps a station admin to their stations", () => {
    const admin = actor({ role: "STATION_ADMIN", stationIds: [10, 11] });
    expect(can(admin, "session.manage", { stationId: 11 })).toBe(true);
    expect(can(admin, "session.manage", { stationId: 12 })).toBe(false);
  });

  it("lets a deputy read their own items and those raised at their stations", () => {
    const deputy = actor({ id: 5, role: "DEPUTY", deputyId: 9, stationIds: [4] });
    expect(can(deputy, "suggestion.read", { deputyIds: [9] })).toBe(true);
    expect(can(deputy, "suggestion.read", { stationId: 4 })).toBe(true);
    expect(can(deputy, "suggestion.read", { stationId: 5, deputyIds: [1] })).toBe(false);
  });

  it("fails closed: no actor, an unlisted role, or a scoped rule without a scope", () => {
    expect(can(null, "area.staff")).toBe(false);
    expect(can(actor({ role: "SYSTEM_ADMIN" }), "audit.read")).toBe(false);
    expect(can(actor({ role: "AUDITOR" }), "user.manage")).toBe(false);
    expect(can(actor({ role: "COMMITTEE_STAFF", regionPath: "/1/" }), "suggestion.assign")).toBe(false);
    expect(roleMay(actor({ role: "COMMITTEE_STAFF", regionPath: "/1/" }), "suggestion.assign")).toBe(true);
  });

  it("opens each area to its own role only", () => {
    const areas = {
      RESIDENT: "area.resident",
      DEPUTY: "area.deputy",
      STATION_ADMIN: "area.station",
      COMMITTEE_STAFF: "area.staff",
      UNIT_STAFF: "area.unit",
      LEADER: "area.leader",
      SYSTEM_ADMIN: "area.admin",
      AUDITOR: "area.audit",
    } as const;
    for (const [role, area] of Object.entries(areas)) {
      for (const [otherRole] of Object.entries(areas)) {
        expect(can(actor({ role: otherRole as Actor["role"] }), area)).toBe(role === otherRole);
      }
    }
  });
});
