// Checks an uploaded accounts file, writing nothing but the preview. The account form's rules hold (scope per role,
// lib/users/account-scope.ts), plus the import's own: an existing account keeps its password (import never resets
// one), and a system admin's role — or the uploader's own — is changed on the account page, where the last-admin
// guard lives, not by a file (docs/decisions/0053).
import { db } from "../../db.ts";
import { decryptPii, encryptPii } from "../../crypto/pii.ts";
import type { RawRow, RowError } from "../../import/columns.ts";
import { changedFields } from "../../import/diff-fields.ts";
import { totalsOf, type Preview, type PreviewRow } from "../../import/preview.ts";
import { flagDuplicates, validateRows } from "../../import/validate-rows.ts";
import type { Role } from "../../generated/prisma/enums.ts";
import { accountSnapshot } from "../account-snapshot.ts";
import type { StaffRole } from "../schemas.ts";
import { SCOPE_COLUMN, USER_SHEET, userRowSchema, type UserKey, type UserRow } from "./sheet.ts";

export const USER_FIELDS = ["name", "role", "region", "unit", "stations", "deputy", "phone"] as const;
type Values = Record<(typeof USER_FIELDS)[number], string | readonly string[] | null>;

export type PlannedAccount = {
  username: string;
  verdict: "new" | "changed";
  id: number | null;
  /** The role the preview saw: the write refuses to change an account whose role moved since. */
  oldRole: Role | null;
  role: StaffRole;
  name: string;
  regionId: number | null;
  unitId: number | null;
  deputyId: number | null;
  stationIds: number[];
  /** Encrypted (S8), never in the clear between preview and confirm. */
  phoneEnc: string | null;
  before: ReturnType<typeof accountSnapshot> | null;
  after: ReturnType<typeof accountSnapshot>;
};

export type UserImportData = { accounts: PlannedAccount[]; unchanged: number };

type Ref = { id: number; active: boolean };

async function loadReferences(rows: UserRow[]) {
  const [regions, units, stations, deputies] = await Promise.all([
    db.region.findMany({
      where: { code: { in: rows.flatMap((r) => (r.region ? [r.region] : [])) } },
      select: { id: true, code: true },
    }),
    db.handlingUnit.findMany({
      where: { code: { in: rows.flatMap((r) => (r.unit ? [r.unit] : [])) } },
      select: { id: true, code: true, active: true },
    }),
    db.station.findMany({
      where: { code: { in: rows.flatMap((r) => r.stations) } },
      select: { id: true, code: true, active: true },
    }),
    db.deputy.findMany({
      where: { code: { in: rows.flatMap((r) => (r.deputy ? [r.deputy] : [])) } },
      select: { id: true, code: true, active: true, user: { select: { username: true } } },
    }),
  ]);
  return {
    region: new Map(regions.map((r) => [r.code, { id: r.id, active: true }])),
    unit: new Map(units.map((u) => [u.code, u as Ref])),
    station: new Map(stations.map((s) => [s.code, s as Ref])),
    deputy: new Map(deputies.map((d) => [d.code!, { ...d, holder: d.user?.username ?? null }])),
  };
}

async function loadExisting(usernames: string[]) {
  const users = await db.user.findMany({
    where: { username: { in: usernames } },
    select: {
      id: true,
      role: true,
      name: true,
      username: true,
      phoneEnc: true,
      regionId: true,
      unitId: true,
      deputyId: true,
      disabledAt: true,
      lockedUntil: true,
      mustChangePassword: true,
      region: { select: { code: true } },
      unit: { select: { code: true } },
      deputy: { select: { code: true } },
      stationsManaged: { select: { station: { select: { id: true, code: true } } } },
    },
  });
  return new Map(users.map((u) => [u.username!, u]));
}
type Existing = NonNullable<ReturnType<Awaited<ReturnType<typeof loadExisting>>["get"]>>;

export async function checkUserRows(
  raw: RawRow<UserKey>[],
  uploaderId: number,
  onProgress: (done: number) => Promise<void> = async () => {},
): Promise<Preview<UserImportData>> {
  const checked = validateRows(raw, userRowSchema);
  flagDuplicates(checked, (u) => u.username, "username", "duplicate");
  const valid = checked.flatMap((c) => (c.value ? [c.value] : []));
  const withDeputy = checked.filter((c) => c.value?.role === "DEPUTY" && c.value.deputy);
  flagDuplicates(withDeputy, (u) => u.deputy!, "deputy", "duplicate");
  const [refs, existing] = await Promise.all([loadReferences(valid), loadExisting(valid.map((v) => v.username))]);
  await onProgress(Math.round(raw.length / 2));
  const rawName = new Map(raw.map((r) => [r.row, r.cells.username]));

  const rows: PreviewRow[] = [];
  const accounts: PlannedAccount[] = [];
  let unchanged = 0;
  for (const c of checked) {
    const v = c.value;
    const base = { sheet: USER_SHEET.name, row: c.row, code: v?.username ?? rawName.get(c.row) ?? "" };
    const was = v ? existing.get(v.username) : undefined;
    const scope = v ? resolveScope(v, was, refs, c.errors) : null;
    if (v && was) checkExisting(v, was, uploaderId, c.errors);
    if (!v || !scope || c.errors.length) {
      rows.push({ ...base, label: v?.name ?? "", verdict: "error", changed: [], errors: c.errors });
      continue;
    }
    const oldPhone = was?.phoneEnc ? decryptPii(was.phoneEnc) : null;
    const now: Values = {
      name: v.name,
      role: v.role!,
      region: v.region,
      unit: v.unit,
      stations: v.stations,
      deputy: v.deputy,
      phone: v.phone,
    };
    const old: Values | null = was
      ? {
          name: was.name,
          role: was.role,
          region: was.region?.code ?? null,
          unit: was.unit?.code ?? null,
          stations: was.stationsManaged.map((s) => s.station.code),
          deputy: was.deputy?.code ?? null,
          phone: oldPhone,
        }
      : null;
    const changed = old ? changedFields(old, now, USER_FIELDS) : [];
    const verdict = !old ? "new" : changed.length ? "changed" : "unchanged";
    rows.push({ ...base, label: v.name, verdict, changed, errors: [] });
    if (verdict === "unchanged") {
      unchanged++;
      continue;
    }
    const phoneEnc = v.phone == null ? null : v.phone === oldPhone ? was!.phoneEnc : encryptPii(v.phone);
    const state = {
      disabledAt: was?.disabledAt ?? null,
      lockedUntil: was?.lockedUntil ?? null,
      mustChangePassword: was?.mustChangePassword ?? true,
    };
    accounts.push({
      username: v.username,
      verdict,
      id: was?.id ?? null,
      oldRole: was?.role ?? null,
      role: v.role!,
      name: v.name,
      ...scope,
      phoneEnc,
      before: was
        ? accountSnapshot({ ...was, ...state, stationIds: was.stationsManaged.map((s) => s.station.id) })
        : null,
      after: accountSnapshot({ role: v.role!, name: v.name, username: v.username, phoneEnc, ...scope, ...state }),
    });
  }
  await onProgress(raw.length);
  return { rows, totals: totalsOf(rows), data: { accounts, unchanged } };
}

/** The scope the role takes, from the codes in its column; the other scope columns must be empty. */
function resolveScope(
  v: UserRow,
  was: Existing | undefined,
  refs: Awaited<ReturnType<typeof loadReferences>>,
  errors: RowError[],
) {
  const role = v.role!;
  const column = SCOPE_COLUMN[role];
  const filled = {
    region: v.region != null,
    unit: v.unit != null,
    stations: v.stations.length > 0,
    deputy: v.deputy != null,
  };
  for (const [col, isFilled] of Object.entries(filled))
    if (isFilled && col !== column) errors.push({ column: col, reason: "notForRole" });
  const scope = {
    regionId: null as number | null,
    unitId: null as number | null,
    deputyId: null as number | null,
    stationIds: [] as number[],
  };
  if (column && !filled[column]) {
    errors.push({ column, reason: "required" });
    return null;
  }
  if (column === "region") {
    const r = refs.region.get(v.region!);
    if (!r) errors.push({ column, reason: "regionCodeUnknown", params: { code: v.region! } });
    else scope.regionId = r.id;
  } else if (column === "unit") {
    const u = refs.unit.get(v.unit!);
    if (!u) errors.push({ column, reason: "unitCodeUnknown", params: { code: v.unit! } });
    else if (!u.active && was?.unitId !== u.id)
      errors.push({ column, reason: "unitInactive", params: { code: v.unit! } });
    else scope.unitId = u.id;
  } else if (column === "stations") {
    const kept = new Set(was?.stationsManaged.map((s) => s.station.id) ?? []);
    for (const code of v.stations) {
      const s = refs.station.get(code);
      if (!s) errors.push({ column, reason: "stationCodeUnknown", params: { code } });
      else if (!s.active && !kept.has(s.id)) errors.push({ column, reason: "stationClosed", params: { code } });
      else scope.stationIds.push(s.id);
    }
    scope.stationIds.sort((a, b) => a - b);
  } else if (column === "deputy") {
    const d = refs.deputy.get(v.deputy!);
    if (!d) errors.push({ column, reason: "deputyCodeUnknown", params: { code: v.deputy! } });
    else if (d.holder && d.holder !== v.username)
      errors.push({ column, reason: "deputyHasAccount", params: { username: d.holder } });
    else if (!d.active && was?.deputyId !== d.id)
      errors.push({ column, reason: "deputyInactive", params: { code: v.deputy! } });
    else scope.deputyId = d.id;
  }
  return errors.length ? null : scope;
}

function checkExisting(v: UserRow, was: Existing, uploaderId: number, errors: RowError[]) {
  if (was.role === "RESIDENT") errors.push({ column: "username", reason: "usernameTaken" });
  else if (v.role !== was.role && (was.role === "SYSTEM_ADMIN" || was.id === uploaderId))
    errors.push({ column: "role", reason: "adminRoleByHand" });
}
