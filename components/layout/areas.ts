// Every role area in one table: its path, the permission that opens it, and where to sign in.
import type { Action } from "@/lib/auth/permissions";

export const AREAS = {
  me: { action: "area.resident", messages: "areas.resident", loginPath: "/login" },
  deputy: { action: "area.deputy", messages: "areas.deputy", loginPath: "/login/staff" },
  station: { action: "area.station", messages: "areas.station", loginPath: "/login/staff" },
  staff: { action: "area.staff", messages: "areas.staff", loginPath: "/login/staff" },
  unit: { action: "area.unit", messages: "areas.unit", loginPath: "/login/staff" },
  leader: { action: "area.leader", messages: "areas.leader", loginPath: "/login/staff" },
  admin: { action: "area.admin", messages: "areas.admin", loginPath: "/login/staff" },
  audit: { action: "area.audit", messages: "areas.audit", loginPath: "/login/staff" },
} as const satisfies Record<string, { action: Action; messages: string; loginPath: string }>;

export type AreaKey = keyof typeof AREAS;
