// The kinds of Excel import, and what each needs from the shared framework: the permission, its audit names, the
// pages it lives on and how far a batch reaches. Plain data (no kind's code imported here), so batches.ts and the
// pages can read it without pulling in every kind's checks (docs/decisions/0049, 0053).
import type { AuditAction } from "../audit/actions.ts";
import type { Action, Actor } from "../auth/permissions.ts";

export const IMPORT_KINDS = ["deputies", "stations", "units", "users"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(v: unknown): v is ImportKind {
  return typeof v === "string" && (IMPORT_KINDS as readonly string[]).includes(v);
}

/** The permission each kind of import needs, checked with the batch's region path. */
export const IMPORT_PERMISSION: Record<ImportKind, Action> = {
  deputies: "deputy.manage",
  stations: "station.manage",
  units: "unit.manage",
  users: "user.manage",
};

export const IMPORT_AUDIT: Record<ImportKind, { upload: AuditAction; confirm: AuditAction; apply: AuditAction }> = {
  deputies: { upload: "deputy.import.upload", confirm: "deputy.import.confirm", apply: "deputy.import.apply" },
  stations: { upload: "station.import.upload", confirm: "station.import.confirm", apply: "station.import.apply" },
  units: { upload: "unit.import.upload", confirm: "unit.import.confirm", apply: "unit.import.apply" },
  users: { upload: "user.import.upload", confirm: "user.import.confirm", apply: "user.import.apply" },
};

/** Where a kind's import pages, template and export live. */
export const IMPORT_PATHS: Record<ImportKind, { home: string; list: string; template: string; export: string }> = {
  deputies: {
    home: "/staff/deputies/import",
    list: "/staff/deputies",
    template: "/api/imports/deputies/template",
    export: "/api/imports/deputies/export",
  },
  stations: {
    home: "/staff/stations/import",
    list: "/staff/stations",
    template: "/api/imports/stations/template",
    export: "/api/imports/stations/export",
  },
  units: {
    home: "/staff/units/import",
    list: "/staff/units",
    template: "/api/imports/units/template",
    export: "/api/imports/units/export",
  },
  users: {
    home: "/admin/users/import",
    list: "/admin/users",
    template: "/api/imports/users/template",
    export: "/api/imports/users/export",
  },
};

/** The whole installation: accounts are the system admin's, whose permission reaches everywhere ("any"). */
export const WHOLE_INSTALLATION = "/";

/**
 * The region subtree a batch of this kind reaches when `actor` uploads it: their own region for the committee's
 * kinds, the whole installation for accounts. Null when the actor has no region to import into.
 */
export function batchRegionPath(kind: ImportKind, actor: Actor): string | null {
  return kind === "users" ? WHOLE_INSTALLATION : actor.regionPath;
}
