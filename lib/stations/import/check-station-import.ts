// Checks an uploaded stations file against the database, writing nothing but the preview: each row becomes new /
// changed (with the fields) / unchanged / error (column and reason). The rules are the station editor's
// (lib/stations): 家—站—点 by kind, an open parent in the region, a plausible GCJ-02 point (docs/decisions/0045).
import { db } from "../../db.ts";
import type { RawRow, RowError } from "../../import/columns.ts";
import { changedFields } from "../../import/diff-fields.ts";
import { totalsOf, type Preview, type PreviewRow } from "../../import/preview.ts";
import { flagDuplicates, validateRows } from "../../import/validate-rows.ts";
import type { StationKind } from "../../generated/prisma/enums.ts";
import { MAX_KM, insideChina } from "../plausible-point.ts";
import { STATION_SHEET, stationRowSchema, type StationKey, type StationRow } from "./sheet.ts";

const PARENT_KIND: Record<StationKind, StationKind | null> = { POINT: "STATION", STATION: "HOME", HOME: null };

export const STATION_FIELDS = [
  "name",
  "kind",
  "parent",
  "region",
  "address",
  "lng",
  "lat",
  "openingHours",
  "contactName",
  "contactPhone",
  "intro",
] as const;
type Field = (typeof STATION_FIELDS)[number];
type Values = Record<Field, string | number | null>;

export type PlannedStation = {
  code: string;
  verdict: "new" | "changed";
  name: string;
  kind: StationKind;
  parentCode: string | null;
  regionId: number;
  address: string;
  lat: number;
  lng: number;
  openingHours: string;
  contactName: string | null;
  contactPhone: string | null;
  intro: string | null;
  /** The changed fields before and after, for the audit row. */
  before: Partial<Values> | null;
  after: Partial<Values>;
};

export type StationImportData = { stations: PlannedStation[]; unchanged: number };

type Existing = Awaited<ReturnType<typeof loadExisting>>[number];

async function loadExisting(codes: string[]) {
  return db.station.findMany({
    where: { code: { in: codes } },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      active: true,
      address: true,
      lat: true,
      lng: true,
      openingHours: true,
      contactName: true,
      contactPhone: true,
      intro: true,
      parent: { select: { code: true } },
      region: { select: { code: true, path: true } },
    },
  });
}

const km = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) =>
  111.32 * Math.hypot(a.lat - b.lat, (a.lng - b.lng) * Math.cos((a.lat * Math.PI) / 180));

const fixed = (n: number) => n.toFixed(6);

function valuesOf(s: Existing): Values {
  return {
    name: s.name,
    kind: s.kind,
    parent: s.parent?.code ?? null,
    region: s.region.code,
    address: s.address,
    lng: fixed(Number(s.lng)),
    lat: fixed(Number(s.lat)),
    openingHours: s.openingHours,
    contactName: s.contactName,
    contactPhone: s.contactPhone,
    intro: s.intro,
  };
}

function valuesOfRow(v: StationRow): Values {
  return {
    name: v.name,
    kind: v.kind!,
    parent: v.parent,
    region: v.region,
    address: v.address,
    lng: fixed(v.lng),
    lat: fixed(v.lat),
    openingHours: v.openingHours,
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    intro: v.intro,
  };
}

export async function checkStationRows(
  raw: RawRow<StationKey>[],
  regionPath: string,
  onProgress: (done: number) => Promise<void> = async () => {},
): Promise<Preview<StationImportData>> {
  const checked = validateRows(raw, stationRowSchema);
  flagDuplicates(checked, (s) => s.code, "code", "duplicate");
  await onProgress(Math.round(raw.length / 3));

  const valid = checked.flatMap((c) => (c.value ? [c.value] : []));
  const codes = valid.map((v) => v.code);
  const parentCodes = [...new Set(valid.flatMap((v) => (v.parent ? [v.parent] : [])))];
  const [regions, existing, parents, inScope] = await Promise.all([
    db.region.findMany({ where: { path: { startsWith: regionPath } }, select: { id: true, code: true } }),
    loadExisting(codes),
    db.station.findMany({
      where: { code: { in: parentCodes }, region: { path: { startsWith: regionPath } } },
      select: { code: true, kind: true, active: true },
    }),
    // Every station of the subtree, for the plausible-point check and for children a kind change would strand.
    db.station.findMany({
      where: { region: { path: { startsWith: regionPath } } },
      select: { code: true, kind: true, lat: true, lng: true, parent: { select: { code: true } } },
    }),
  ]);
  await onProgress(Math.round((raw.length * 2) / 3));
  const regionId = new Map(regions.map((r) => [r.code, r.id]));
  const before = new Map(existing.map((s) => [s.code, s]));
  const dbParent = new Map(parents.map((p) => [p.code, p]));
  const fileRow = new Map(valid.map((v) => [v.code, v]));
  const rowOf = new Map(checked.flatMap((c) => (c.value ? [[c.value.code, c.row] as const] : [])));
  // Every code the file holds, valid or not, with its first row: a parent whose own row is in error says so.
  const fileCodes = new Map<string, number>();
  for (const r of raw) if (!fileCodes.has(r.cells.code.toUpperCase())) fileCodes.set(r.cells.code.toUpperCase(), r.row);

  // The other points a new or moved point is compared with: the subtree's stations, as they will be after the write.
  const points = new Map<string, { lat: number; lng: number }>();
  for (const s of inScope) points.set(s.code, { lat: Number(s.lat), lng: Number(s.lng) });
  for (const v of valid) points.set(v.code, { lat: v.lat, lng: v.lng });

  const errorsOf = new Map<string, RowError[]>();
  for (const v of valid) {
    const errors: RowError[] = [];
    const was = before.get(v.code);
    if (was && !was.region.path.startsWith(regionPath)) errors.push({ column: "code", reason: "codeTakenElsewhere" });
    if (!regionId.has(v.region))
      errors.push({ column: "region", reason: "regionCodeUnknown", params: { code: v.region } });
    checkParent(v, was, fileRow, dbParent, fileCodes, errors);
    // A kind change must leave the station's existing children (those the file does not move) a fitting parent.
    if (was && was.kind !== v.kind) {
      const stranded = inScope.some(
        (c) => c.parent?.code === v.code && !fileRow.has(c.code) && PARENT_KIND[c.kind] !== v.kind,
      );
      if (stranded) errors.push({ column: "kind", reason: "kindHasChildren" });
    }
    const moved = !was || fixed(Number(was.lat)) !== fixed(v.lat) || fixed(Number(was.lng)) !== fixed(v.lng);
    if (moved) checkPoint(v, points, errors);
    errorsOf.set(v.code, errors);
  }
  // A new parent whose own row is in error takes its children with it (they would have nothing to hang from).
  for (let changed = true, round = 0; changed && round < 5; round++) {
    changed = false;
    for (const v of valid) {
      const errors = errorsOf.get(v.code)!;
      if (errors.length || !v.parent || dbParent.has(v.parent)) continue;
      if ((errorsOf.get(v.parent) ?? []).length) {
        errors.push({ column: "parent", reason: "parentInError", params: { row: rowOf.get(v.parent) ?? 0 } });
        changed = true;
      }
    }
  }

  const rawCode = new Map(raw.map((r) => [r.row, r.cells.code]));
  const rows: PreviewRow[] = [];
  const planned: PlannedStation[] = [];
  let unchanged = 0;
  for (const c of checked) {
    const v = c.value;
    const errors = v ? errorsOf.get(v.code)! : c.errors;
    const base = { sheet: STATION_SHEET.name, row: c.row, code: v?.code ?? rawCode.get(c.row) ?? "" };
    if (!v || errors.length) {
      rows.push({ ...base, label: v?.name ?? "", verdict: "error", changed: [], errors });
      continue;
    }
    const was = before.get(v.code);
    const now = valuesOfRow(v);
    const old = was ? valuesOf(was) : null;
    const changed = old ? changedFields(old, now, STATION_FIELDS) : [];
    const verdict = !old ? "new" : changed.length ? "changed" : "unchanged";
    rows.push({ ...base, label: v.name, verdict, changed, errors: [] });
    if (verdict === "unchanged") {
      unchanged++;
      continue;
    }
    const pick = (vals: Values) => Object.fromEntries(changed.map((k) => [k, vals[k]])) as Partial<Values>;
    planned.push({
      code: v.code,
      verdict,
      name: v.name,
      kind: v.kind!,
      parentCode: v.parent,
      regionId: regionId.get(v.region)!,
      address: v.address,
      lat: v.lat,
      lng: v.lng,
      openingHours: v.openingHours,
      contactName: v.contactName,
      contactPhone: v.contactPhone,
      intro: v.intro,
      before: old ? pick(old) : null,
      after: old ? pick(now) : now,
    });
  }
  await onProgress(raw.length);
  return { rows, totals: totalsOf(rows), data: { stations: planned, unchanged } };
}

/** 家—站—点: a point needs a station above it, a station may have a home, a home has nothing; an open parent. */
function checkParent(
  v: StationRow,
  was: Existing | undefined,
  fileRow: Map<string, StationRow>,
  dbParent: Map<string, { kind: StationKind; active: boolean }>,
  fileCodes: Map<string, number>,
  errors: RowError[],
) {
  const kind = v.kind!;
  if (!v.parent) {
    if (kind === "POINT") errors.push({ column: "parent", reason: "pointNeedsParent" });
    return;
  }
  const wanted = PARENT_KIND[kind];
  if (wanted == null) {
    errors.push({ column: "parent", reason: "homeHasNoParent" });
    return;
  }
  if (v.parent === v.code) {
    errors.push({ column: "parent", reason: "parentIsSelf" });
    return;
  }
  const inFile = fileRow.get(v.parent);
  const inDb = dbParent.get(v.parent);
  const parentKind = inFile?.kind ?? inDb?.kind;
  if (!parentKind) {
    const row = fileCodes.get(v.parent);
    if (row != null) errors.push({ column: "parent", reason: "parentInError", params: { row } });
    else errors.push({ column: "parent", reason: "parentUnknown", params: { code: v.parent } });
    return;
  }
  if (parentKind !== wanted)
    errors.push({ column: "parent", reason: `parentKind_${kind}`, params: { code: v.parent } });
  // Like the editor: a closed station takes no new children (existing links are left as they are).
  const parentChanged = !was || (was.parent?.code ?? null) !== v.parent;
  if (parentChanged && !inFile && inDb && !inDb.active)
    errors.push({ column: "parent", reason: "parentClosed", params: { code: v.parent } });
}

/** Inside China's box, and within MAX_KM of the nearest other station of the subtree (docs/decisions/0045). */
function checkPoint(v: StationRow, points: Map<string, { lat: number; lng: number }>, errors: RowError[]) {
  if (!insideChina(v.lat, v.lng)) {
    errors.push({ column: "lat", reason: "pointOutsideChina" });
    return;
  }
  let nearest = Infinity;
  for (const [code, p] of points) if (code !== v.code) nearest = Math.min(nearest, km(v, p));
  if (Number.isFinite(nearest) && nearest > MAX_KM)
    errors.push({ column: "lat", reason: "pointTooFar", params: { km: Math.round(nearest), max: MAX_KM } });
}
