// The accounts import template (system admin only): one row per staff-type account, matched by 用户名. The scope
// columns a role uses are the ones the account form asks for (lib/users/account-scope.ts); the others stay empty.
import { z } from "zod";
import type { SheetSpec } from "../../import/columns.ts";
import { listValue, nameList, optionalMobile, optionalRegisterCode, requiredText } from "../../import/cells.ts";
import type { StaffRole } from "../schemas.ts";

/** The role names the office sees (the same as the portal's role labels). */
export const ROLE_LABELS: Record<string, StaffRole> = {
  代表工作机构: "COMMITTEE_STAFF",
  常委会领导: "LEADER",
  联络站管理员: "STATION_ADMIN",
  承办单位: "UNIT_STAFF",
  人大代表: "DEPUTY",
  系统管理员: "SYSTEM_ADMIN",
  安全审计员: "AUDITOR",
};
export const ROLE_NAME = Object.fromEntries(Object.entries(ROLE_LABELS).map(([k, v]) => [v, k])) as Record<
  StaffRole,
  string
>;

export type UserKey = "username" | "name" | "role" | "region" | "unit" | "stations" | "deputy" | "phone";

/** Which scope column each role needs (none for admins and auditors). */
export const SCOPE_COLUMN: Record<StaffRole, "region" | "unit" | "stations" | "deputy" | null> = {
  COMMITTEE_STAFF: "region",
  LEADER: "region",
  UNIT_STAFF: "unit",
  STATION_ADMIN: "stations",
  DEPUTY: "deputy",
  SYSTEM_ADMIN: null,
  AUDITOR: null,
};

export const USER_SHEET: SheetSpec<UserKey> = {
  name: "账号",
  columns: [
    {
      key: "username",
      header: "用户名",
      required: true,
      note: "小写字母、数字和 . _ -，3–40 位；导入时按它匹配，创建后不能修改",
      width: 16,
    },
    { key: "name", header: "姓名", required: true, width: 12 },
    { key: "role", header: "角色", required: true, list: Object.keys(ROLE_LABELS), width: 14 },
    { key: "region", header: "区域编码", note: "代表工作机构、常委会领导必填：所在地区的地区代码", width: 12 },
    { key: "unit", header: "单位编号", note: "承办单位必填：单位的编号", width: 14 },
    { key: "stations", header: "站点编号", note: "联络站管理员必填：站点编号，多个用“、”分隔", width: 20 },
    { key: "deputy", header: "代表编号", note: "人大代表必填：代表编号", width: 14 },
    { key: "phone", header: "手机号", width: 14 },
  ],
  sample: { username: "zhangsan", name: "张三", role: "代表工作机构", region: "", phone: "13800138000" },
};

const username = z
  .string()
  .transform((s) => s.toLowerCase())
  .pipe(
    z
      .string()
      .min(1, { error: "required" })
      .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, { error: "usernameFormat" }),
  );

export const userRowSchema = z.strictObject({
  username,
  name: requiredText(60),
  role: listValue(ROLE_LABELS, true),
  region: z
    .string()
    .max(12, { error: "tooLong" })
    .transform((s) => (s === "" ? null : s)),
  unit: optionalRegisterCode,
  stations: nameList(30).transform((codes) => codes.map((c) => c.toUpperCase())),
  deputy: z
    .string()
    .max(32, { error: "tooLong" })
    .transform((s) => (s === "" ? null : s)),
  phone: optionalMobile,
});

export type UserRow = z.output<typeof userRowSchema>;
