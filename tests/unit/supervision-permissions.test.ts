import { describe, expect, it } from "vitest";
import { can, type Actor } from "@/lib/auth/permissions";

const actor = (over: Partial<Actor>): Actor => ({
  id: 1,
  role: "RESIDENT",
  regionPath: null,
  unitId: null,
  deputyId: null,
  stationIds: [],
  ...over,
});

describe("supervision permissions", () => {
  const caseIn = (regionPath: string, leaderId: number | null) => ({ regionPath, ownerId: leaderId });

  it("lets a leader reach only the cases that name them, wherever the item is", () => {
    const leader = actor({ id: 9, role: "LEADER", regionPath: "/1/" });
    expect(can(leader, "supervision.read", caseIn("/1/4/", 9))).toBe(true);
    expect(can(leader, "supervision.read", caseIn("/1/4/", 8))).toBe(false);
    expect(can(leader, "supervision.read", caseIn("/1/4/", null))).toBe(false);
    expect(can(leader, "supervision.note", caseIn("/2/", 9))).toBe(true);
    expect(can(leader, "supervision.manage", caseIn("/1/4/", 9))).toBe(false);
  });

  it("gives staff the cases of their region, and units none at all", () => {
    const staff = actor({ role: "COMMITTEE_STAFF", regionPath: "/1/4/" });
    expect(can(staff, "supervision.manage", caseIn("/1/4/17/", null))).toBe(true);
    expect(can(staff, "supervision.read", caseIn("/1/40/", null))).toBe(false);
    const unit = actor({ role: "UNIT_STAFF", unitId: 3 });
    for (const action of ["supervision.read", "supervision.note", "supervision.urge", "supervision.manage"] as const) {
      expect(can(unit, action, { ...caseIn("/1/4/", null), unitIds: [3] })).toBe(false);
    }
  });

  it("lets a deputy read only their own archive, and only staff publish points", () => {
    const deputy = actor({ role: "DEPUTY", deputyId: 5 });
    expect(can(deputy, "archive.read", { deputyIds: [5] })).toBe(true);
    expect(can(deputy, "archive.read", { deputyIds: [6] })).toBe(false);
    expect(can(deputy, "points.publish", { regionPath: "/1/" })).toBe(false);
    expect(can(actor({ role: "COMMITTEE_STAFF", regionPath: "/1/" }), "points.publish", { regionPath: "/1/" })).toBe(
      true,
    );
    expect(can(actor({ role: "SYSTEM_ADMIN" }), "supervision.settings")).toBe(true);
    expect(can(actor({ role: "LEADER", regionPath: "/1/" }), "supervision.settings")).toBe(false);
  });
});
