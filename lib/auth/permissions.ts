// The one table of who may do what (S1). Every use case and every read calls `can` (or `assertCan`) with the
// resource's scope; pages and the proxy never stand in for it. Unknown actions fail closed.
import type { Role } from "../generated/prisma/enums.ts";

export type Actor = {
  id: number;
  role: Role;
  /** Region subtree for staff and leaders ("/1/4/"), null for roles without one. */
  regionPath: string | null;
  unitId: number | null;
  deputyId: number | null;
  /** Stations a station admin manages, or a deputy sits at. */
  stationIds: readonly number[];
  /** Set on actors read from a session (lib/auth/current-actor.ts): a session that has not passed the second
   *  factor, or must change its password, may do nothing here ("open" is the only gate that permits). */
  gate?: "open" | "verify" | "enrol" | "changePassword";
};

/** What a resource says about where it lives; each role's scope rule reads the parts it needs. */
export type Scope = {
  ownerId?: number | null;
  regionPath?: string | null;
  stationId?: number | null;
  unitIds?: readonly number[];
  deputyIds?: readonly number[];
};

type ScopeRule = "any" | "own" | "region" | "station" | "unit" | "deputy";

/** action → role → how far it reaches. A role missing from an action may not do it at all. */
export const PERMISSIONS = {
  "area.resident": { RESIDENT: "any" },
  "area.deputy": { DEPUTY: "any" },
  "area.station": { STATION_ADMIN: "any" },
  "area.staff": { COMMITTEE_STAFF: "any" },
  "area.unit": { UNIT_STAFF: "any" },
  "area.leader": { LEADER: "any" },
  "area.admin": { SYSTEM_ADMIN: "any" },
  "area.audit": { AUDITOR: "any" },

  "suggestion.submit": { RESIDENT: "any", DEPUTY: "any" },
  "suggestion.recordOnBehalf": { STATION_ADMIN: "station", COMMITTEE_STAFF: "region" },
  "suggestion.read": {
    RESIDENT: "own",
    DEPUTY: "deputy",
    STATION_ADMIN: "station",
    COMMITTEE_STAFF: "region",
    UNIT_STAFF: "unit",
    LEADER: "region",
  },
  "suggestion.triage": { COMMITTEE_STAFF: "region" },
  "suggestion.assign": { COMMITTEE_STAFF: "region" },
  "suggestion.supervise": { COMMITTEE_STAFF: "region", LEADER: "region" },
  "suggestion.handle": { UNIT_STAFF: "unit" },
  "suggestion.evaluate": { RESIDENT: "own", DEPUTY: "own" },
  // A unit must reach the proposer before replying: its own current assignment, never a 保密 item (checked in
  // lib/suggestions/unmask-proposer.ts, where the relayed call-back request is offered instead).
  "proposer.unmask": { COMMITTEE_STAFF: "region", UNIT_STAFF: "unit" },
  // 回访: staff record a rating the proposer gave by phone (they could not rate online).
  "suggestion.callback": { COMMITTEE_STAFF: "region" },
  // 常用语: staff keep the standard wordings of their region; units and staff use them on an item they work on.
  "template.manage": { COMMITTEE_STAFF: "region" },
  // 保密 items: the proposer and the handling unit write to each other; staff pass each message on.
  "suggestion.message": { RESIDENT: "own", DEPUTY: "own", UNIT_STAFF: "unit" },
  "suggestion.relay": { COMMITTEE_STAFF: "region" },
  // A reply before staff have sent it out (its text and files) is for the people working on the item only.
  "reply.readUnsent": { COMMITTEE_STAFF: "region", UNIT_STAFF: "unit", LEADER: "region" },

  "station.manage": { STATION_ADMIN: "station", COMMITTEE_STAFF: "region" },
  "unit.manage": { COMMITTEE_STAFF: "region" },
  // Categories are one list for the whole portal (figures and due-date rules compare across regions), like the
  // calendar: any committee staff maintain it (docs/decisions/0046).
  "category.manage": { COMMITTEE_STAFF: "any" },
  // The region tree below the staff member's own region; the scope checked is the parent's (or the region's) path.
  "region.manage": { COMMITTEE_STAFF: "region" },
  "session.manage": { STATION_ADMIN: "station", COMMITTEE_STAFF: "region" },
  "session.log": { DEPUTY: "deputy", STATION_ADMIN: "station" },
  "session.swap": { DEPUTY: "deputy" },
  "booking.create": { RESIDENT: "any" },
  "booking.cancel": { RESIDENT: "own" },
  "booking.checkIn": { STATION_ADMIN: "station", COMMITTEE_STAFF: "region" },

  "dashboard.read": { COMMITTEE_STAFF: "region", LEADER: "region" },
  "calendar.manage": { COMMITTEE_STAFF: "any", SYSTEM_ADMIN: "any" },
  // The duty-points rubric is one table for the whole portal, like the calendar.
  "dutyPoints.configure": { COMMITTEE_STAFF: "any", SYSTEM_ADMIN: "any" },
  "user.manage": { SYSTEM_ADMIN: "any" },

  // 督办. A case's scope is its item's region and, as `ownerId`, the leader it names: a leader reaches only
  // the cases they lead. Units never see cases.
  "supervision.read": { COMMITTEE_STAFF: "region", LEADER: "own" },
  "supervision.manage": { COMMITTEE_STAFF: "region" },
  "supervision.note": { COMMITTEE_STAFF: "region", LEADER: "own" },
  "supervision.urge": { COMMITTEE_STAFF: "region" },
  "supervision.settings": { COMMITTEE_STAFF: "any", SYSTEM_ADMIN: "any" },
  // 履职档案: staff for the deputies of their region, a deputy their own; publishing points quarterly is staff's.
  "archive.read": { COMMITTEE_STAFF: "region", DEPUTY: "deputy" },
  "points.publish": { COMMITTEE_STAFF: "region" },
  // Duty activities beyond receptions (视察, 调研, 述职…, issue 15): staff for their region, a station admin for their
  // station. Residents rate a 述职 within its window (checked in the use case).
  "activity.manage": { STATION_ADMIN: "station", COMMITTEE_STAFF: "region" },
  "activity.rate": { RESIDENT: "any" },
  // The 321 rule's three lists of a reception: those who log it add items; staff and station admins follow up.
  "reception.lists": { DEPUTY: "deputy", STATION_ADMIN: "station", COMMITTEE_STAFF: "region" },
  // Deputies, their mandates and stations, Excel import and term change (换届). A deputy is in a region when any
  // mandate's region or any station they sit at lies in it (docs/decisions/0048).
  "deputy.manage": { COMMITTEE_STAFF: "region" },
  // 专业小组 are one list for the whole portal, kept by any committee staff like categories.
  "deputyGroup.manage": { COMMITTEE_STAFF: "any" },
  "audit.read": { AUDITOR: "any" },

  // 写给代表 (issue 15): a resident writes to a deputy and reads only their own letters; only the deputy written
  // to reads and answers one; station admins see which letters to their station's deputies wait too long (not
  // what they say).
  "letter.write": { RESIDENT: "any" },
  "letter.read": { RESIDENT: "own", DEPUTY: "deputy" },
  "letter.answer": { DEPUTY: "deputy" },
  "letter.overdue": { STATION_ADMIN: "station" },

  // 民生实事项目票决 (issue 14). Staff run the rounds of their region; leaders read them; residents, deputies and
  // staff (for departments) propose; a proposer reads their own. Voting is a deputy's: whether this deputy may
  // vote in this round (a mandate of its congress, marked present) is checked in the ballot's transaction.
  "project.manage": { COMMITTEE_STAFF: "region" },
  "project.read": { COMMITTEE_STAFF: "region", LEADER: "region" },
  "project.propose": { RESIDENT: "any", DEPUTY: "any", COMMITTEE_STAFF: "region" },
  "project.readOwnProposal": { RESIDENT: "own", DEPUTY: "own", COMMITTEE_STAFF: "own" },
  "project.vote": { DEPUTY: "any" },
  // 实施与监督 (docs/decisions/0072): the responsible department reports on its own projects, staff on their
  // region's; a deputy reaches the projects whose supervision group they are in. Rating is a deputy's: whether
  // this deputy belongs to the round's congress is checked in the rating's use case.
  "project.report": { COMMITTEE_STAFF: "region", UNIT_STAFF: "unit" },
  "project.supervise": { DEPUTY: "deputy" },
  "project.readDelivery": { COMMITTEE_STAFF: "region", LEADER: "region", UNIT_STAFF: "unit", DEPUTY: "deputy" },
  "project.rate": { DEPUTY: "any" },
  // Saved queue filters (issue 16): any committee staff member keeps their own and may share one with all staff.
  "queue.saveFilter": { COMMITTEE_STAFF: "any" },
} as const satisfies Record<string, Partial<Record<Role, ScopeRule>>>;

export type Action = keyof typeof PERMISSIONS;

function inScope(rule: ScopeRule, actor: Actor, scope: Scope | undefined): boolean {
  if (rule === "any") return true;
  if (!scope) return false; // a scoped permission without a resource to check fails closed
  switch (rule) {
    case "own":
      return scope.ownerId != null && scope.ownerId === actor.id;
    case "region":
      return actor.regionPath != null && scope.regionPath != null && scope.regionPath.startsWith(actor.regionPath);
    case "station":
      return scope.stationId != null && actor.stationIds.includes(scope.stationId);
    case "unit":
      return actor.unitId != null && (scope.unitIds ?? []).includes(actor.unitId);
    case "deputy":
      return (
        (actor.deputyId != null && (scope.deputyIds ?? []).includes(actor.deputyId)) ||
        (scope.ownerId != null && scope.ownerId === actor.id) ||
        (scope.stationId != null && actor.stationIds.includes(scope.stationId))
      );
  }
}

/** May `actor` do `action` on a resource with `scope`? A scoped rule with no scope given fails closed. */
export function can(actor: Actor | null, action: Action, scope?: Scope): boolean {
  if (!actor) return false;
  const rule = scopeRule(actor, action);
  return rule != null && inScope(rule, actor, scope);
}

/** May the actor's role do `action` somewhere? For navigation and for choosing a list's filter, never as the gate. */
export function roleMay(actor: Actor | null, action: Action): boolean {
  return actor != null && scopeRule(actor, action) != null;
}

/** The scope rule a role has for an action, so list queries can filter by it (null: not allowed). */
export function scopeRule(actor: Actor, action: Action): ScopeRule | null {
  if (actor.gate !== undefined && actor.gate !== "open") return null;
  return (PERMISSIONS[action] as Partial<Record<Role, ScopeRule>>)[actor.role] ?? null;
}
