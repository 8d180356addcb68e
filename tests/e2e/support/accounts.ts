// The demo accounts the seed creates (lib/demo/demo-accounts.ts), as the browser tests use them.
export const DEMO_PASSWORD = "demo-Pass-2026";
export const DEMO_RESIDENT_PHONE = "13800138000";

export const STAFF_ACCOUNTS = [
  { username: "staff", home: "/staff", role: "代表工作机构" },
  { username: "station", home: "/station", role: "联络站管理员" },
  { username: "deputy", home: "/deputy", role: "人大代表" },
  { username: "unit", home: "/unit", role: "承办单位" },
  { username: "leader", home: "/leader", role: "常委会领导" },
  { username: "admin", home: "/admin", role: "系统管理员" },
  { username: "auditor", home: "/audit", role: "安全审计员" },
] as const;
