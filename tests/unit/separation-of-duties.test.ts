// 三权分立: the system admin manages accounts and never reads the audit log; the auditor reads the audit log and
// manages nothing. Checked over the whole permission table, so a new action cannot quietly join the two.
import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Action, type Actor } from "@/lib/auth/permissions";

const actor = (role: Actor["role"]): Actor => ({
  id: 1,
  role,
  regionPath: "/1/",
  unitId: 1,
  deputyId: 1,
  stationIds: [1],
});
const actions = Object.keys(PERMISSIONS) as Action[];
const holders = (action: Action) => Object.keys(PERMISSIONS[action]);

describe("separation of duties (三权分立)", () => {
  it("lets only the system admin manage accounts", () => {
    expect(holders("user.manage")).toEqual(["SYSTEM_ADMIN"]);
    expect(can(actor("SYSTEM_ADMIN"), "user.manage")).toBe(true);
    for (const role of ["AUDITOR", "COMMITTEE_STAFF", "UNIT_STAFF", "RESIDENT", "LEADER", "DEPUTY"] as const)
      expect(can(actor(role), "user.manage")).toBe(false);
  });

  it("never lets the system admin read the audit log", () => {
    const auditActions = actions.filter((a) => a.startsWith("audit.") || a === "area.audit");
    expect(auditActions.length).toBeGreaterThan(0);
    for (const a of auditActions) {
      expect(holders(a)).not.toContain("SYSTEM_ADMIN");
      expect(can(actor("SYSTEM_ADMIN"), a, { regionPath: "/1/", ownerId: 1 })).toBe(false);
    }
  });

  it("gives the auditor nothing but reading the audit log", () => {
    const auditorActions = actions.filter((a) => holders(a).includes("AUDITOR"));
    expect(auditorActions.sort()).toEqual(["area.audit", "audit.read"]);
  });
});
