// Every role area in one table: its path, the permission that opens it, where to sign in, and its navigation
// (catalog keys under `nav.area.*`). The first nav entry is the area's home.
import type { Action } from "@/lib/auth/permissions";

type Area = { action: Action; messages: string; loginPath: string; nav: readonly { href: string; label: string }[] };

export const AREAS = {
  me: {
    action: "area.resident",
    messages: "areas.resident",
    loginPath: "/login",
    nav: [{ href: "/me", label: "home" }],
  },
  deputy: {
    action: "area.deputy",
    messages: "areas.deputy",
    loginPath: "/login/staff",
    nav: [
      { href: "/deputy", label: "home" },
      { href: "/deputy/letters", label: "deputyLetters" },
      { href: "/suggest", label: "newSuggestion" },
      { href: "/deputy/rota", label: "rota" },
      { href: "/deputy/points", label: "dutyPoints" },
      { href: "/deputy/archive", label: "archive" },
      { href: "/deputy/ballots", label: "projectBallots" },
      { href: "/deputy/projects", label: "projectSupervision" },
    ],
  },
  station: {
    action: "area.station",
    messages: "areas.station",
    loginPath: "/login/staff",
    nav: [
      { href: "/station", label: "home" },
      { href: "/station/record", label: "record" },
      { href: "/station/sessions", label: "receptionSessions" },
      { href: "/station/summary", label: "receptionSummary" },
      { href: "/station/feedback", label: "feedbackDue" },
      { href: "/station/activities", label: "dutyActivities" },
    ],
  },
  staff: {
    action: "area.staff",
    messages: "areas.staff",
    loginPath: "/login/staff",
    nav: [
      { href: "/staff", label: "home" },
      { href: "/staff/queue", label: "queue" },
      { href: "/staff/dashboard", label: "dashboard" },
      { href: "/staff/supervision", label: "supervision" },
      { href: "/staff/follow-ups", label: "followUps" },
      { href: "/staff/templates", label: "templates" },
      { href: "/staff/record", label: "record" },
      { href: "/staff/sessions", label: "receptionSessions" },
      { href: "/staff/summary", label: "receptionSummary" },
      { href: "/staff/feedback", label: "feedbackDue" },
      { href: "/staff/activities", label: "dutyActivities" },
      { href: "/staff/deputies", label: "archives" },
      { href: "/staff/points", label: "dutyRanking" },
      { href: "/staff/calendar", label: "calendar" },
      { href: "/staff/stations", label: "stationRegister" },
      { href: "/staff/units", label: "unitRegister" },
      { href: "/staff/categories", label: "categoryRegister" },
      { href: "/staff/regions", label: "regionTree" },
      { href: "/staff/projects", label: "projectRounds" },
    ],
  },
  unit: {
    action: "area.unit",
    messages: "areas.unit",
    loginPath: "/login/staff",
    nav: [
      { href: "/unit", label: "home" },
      { href: "/unit/assignments", label: "assignments" },
      { href: "/unit/projects", label: "projectDelivery" },
    ],
  },
  leader: {
    action: "area.leader",
    messages: "areas.leader",
    loginPath: "/login/staff",
    nav: [
      { href: "/leader", label: "home" },
      { href: "/leader/report", label: "report" },
      { href: "/leader/supervision", label: "ledCases" },
      { href: "/leader/by-light", label: "itemsByLight" },
      { href: "/leader/projects", label: "projectOverview" },
    ],
  },
  admin: {
    action: "area.admin",
    messages: "areas.admin",
    loginPath: "/login/staff",
    nav: [
      { href: "/admin", label: "home" },
      { href: "/admin/users", label: "users" },
      { href: "/admin/calendar", label: "calendar" },
      { href: "/admin/supervision", label: "supervisionSettings" },
    ],
  },
  audit: {
    action: "area.audit",
    messages: "areas.audit",
    loginPath: "/login/staff",
    nav: [{ href: "/audit", label: "home" }],
  },
} as const satisfies Record<string, Area>;

export type AreaKey = keyof typeof AREAS;
