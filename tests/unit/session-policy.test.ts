import { describe, expect, it } from "vitest";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sessionGate, sessionIsLive } from "@/lib/auth/session-policy";
import { can, roleMay } from "@/lib/auth/permissions";

const t0 = new Date("2026-11-22T02:00:00Z");
const row = (over: Partial<Parameters<typeof sessionIsLive>[0]> = {}) => ({
  createdAt: t0,
  lastSeenAt: t0,
  expiresAt: new Date(t0.getTime() + SESSION_ABSOLUTE_MS),
  revokedAt: null,
  ...over,
});
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("session limits (S5)", () => {
  it("lives while used within 30 minutes", () => {
    expect(sessionIsLive(row(), at(SESSION_IDLE_MS - 1000))).toBe(true);
  });
  it("ends after 30 idle minutes", () => {
    expect(sessionIsLive(row(), at(SESSION_IDLE_MS + 1))).toBe(false);
  });
  it("ends after 12 hours however active", () => {
    expect(sessionIsLive(row({ lastSeenAt: at(SESSION_ABSOLUTE_MS - 1000) }), at(SESSION_ABSOLUTE_MS + 1))).toBe(false);
  });
  it("ends when revoked", () => {
    expect(sessionIsLive(row({ revokedAt: at(1) }), at(2))).toBe(false);
  });
});

describe("session gates (second factor, forced password change)", () => {
  it("opens only after the second factor and the password change", () => {
    const at = new Date();
    expect(sessionGate(null, false, false)).toBe("enrol");
    expect(sessionGate(null, true, true)).toBe("verify");
    expect(sessionGate(at, true, true)).toBe("changePassword");
    expect(sessionGate(at, true, false)).toBe("open");
  });

  it("an actor stopped at any gate but open may do nothing in the permission table", () => {
    const admin = {
      id: 1,
      role: "SYSTEM_ADMIN" as const,
      regionPath: null,
      unitId: null,
      deputyId: null,
      stationIds: [],
    };
    expect(can({ ...admin, gate: "open" }, "user.manage")).toBe(true);
    for (const gate of ["verify", "enrol", "changePassword"] as const) {
      expect(can({ ...admin, gate }, "user.manage")).toBe(false);
      expect(roleMay({ ...admin, gate }, "user.manage")).toBe(false);
    }
  });
});
