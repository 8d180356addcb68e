// Roles and where each one lands after signing in. Roles are data on the user; what a role may do is in
// permissions.ts.
import type { Role } from "../generated/prisma/enums.ts";

export type { Role };

export const ROLE_HOME: Record<Role, string> = {
  RESIDENT: "/me",
  DEPUTY: "/deputy",
  STATION_ADMIN: "/station",
  COMMITTEE_STAFF: "/staff",
  UNIT_STAFF: "/unit",
  LEADER: "/leader",
  SYSTEM_ADMIN: "/admin",
  AUDITOR: "/audit",
};

/** Everyone but residents signs in with a username and password. */
export const PASSWORD_ROLES: readonly Role[] = [
  "DEPUTY",
  "STATION_ADMIN",
  "COMMITTEE_STAFF",
  "UNIT_STAFF",
  "LEADER",
  "SYSTEM_ADMIN",
  "AUDITOR",
];

/** The area a path belongs to, for the proxy's redirect and the layouts' role check. */
export function areaRole(pathname: string): Role | null {
  const first = "/" + (pathname.split("/")[1] ?? "");
  const entry = Object.entries(ROLE_HOME).find(([, home]) => home === first);
  return entry ? (entry[0] as Role) : null;
}
