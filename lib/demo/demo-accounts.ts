// The demo accounts the seed creates, one per role, for the README and the start script to print.
// They exist only in demo data; a production install creates its first admin with a one-time password.
import type { Role } from "../generated/prisma/enums.ts";

export const DEMO_PASSWORD = "demo-Pass-2026";
/** The staff-type demo accounts come enrolled in the second factor with this TOTP secret (base32; add it to an
 *  authenticator app by hand if you like). In demo mode the verify page also shows the current code under 演示. */
export const DEMO_TOTP_SECRET = "LIAISONPORTALDEMOSECRETJIANGZHOU";
export const DEMO_RESIDENT_PHONE = "13800138000";
export const DEMO_RESIDENT_NAME = "张三";

export interface DemoAccount {
  role: Role;
  /** What to type in the sign-in form: the username, or the resident's phone number. */
  login: string;
  /** Staff-type accounts sign in with username + DEMO_PASSWORD. */
  username?: string;
  /** Residents sign in with their phone and a one-time code (shown in the server log in demo messaging mode). */
  phone?: string;
  label: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: "COMMITTEE_STAFF", login: "staff", username: "staff", label: "人大常委会代表工作机构工作人员（江州市）" },
  { role: "STATION_ADMIN", login: "station", username: "station", label: "联络站站长（滨江区两个站点）" },
  { role: "DEPUTY", login: "deputy", username: "deputy", label: "人大代表" },
  { role: "UNIT_STAFF", login: "unit", username: "unit", label: "承办单位工作人员（江州市教育局）" },
  { role: "LEADER", login: "leader", username: "leader", label: "常委会领导（江州市）" },
  { role: "SYSTEM_ADMIN", login: "admin", username: "admin", label: "系统管理员" },
  { role: "AUDITOR", login: "auditor", username: "auditor", label: "审计员" },
  {
    role: "RESIDENT",
    login: DEMO_RESIDENT_PHONE,
    phone: DEMO_RESIDENT_PHONE,
    label: `选民（${DEMO_RESIDENT_NAME}，手机验证码登录）`,
  },
];

/** Is this one of the demo accounts above (by username)? Only these ever get their code shown, in demo mode. */
export function isDemoUsername(username: string | null): boolean {
  return username != null && DEMO_ACCOUNTS.some((a) => a.username === username);
}
