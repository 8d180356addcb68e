// Checks an uploaded units file against the database, writing nothing but the preview. The editor's rules hold:
// a unit lives in a region of the uploader's subtree, codes and names are unique (names across the portal).
import { db } from "../../db.ts";
import type { RawRow, RowError } from "../../import/columns.ts";
import { changedFields } from "../../import/diff-fields.ts";
import { totalsOf, type Preview, type PreviewRow } from "../../import/preview.ts";
import { flagDuplicates, validateRows } from "../../import/validate-rows.ts";
import { UNIT_SHEET, unitRowSchema, type UnitKey } from "./sheet.ts";

export const UNIT_FIELDS = ["name", "shortName", "region", "contact", "contactPhone", "active"] as const;
type Values = Record<(typeof UNIT_FIELDS)[number], string | boolean | null>;

export type PlannedUnit = {
  code: string;
  verdict: "new" | "changed";
  name: string;
  shortName: string | null;
  regionId: number;
  contact: string | null;
  contactPhone: string | null;
  active: boolean;
  before: Partial<Values> | null;
  after: Partial<Values>;
};

export type UnitImportData = { units: PlannedUnit[]; unchanged: number };

export async function checkUnitRows(
  raw: RawRow<UnitKey>[],
  regionPath: string,
  onProgress: (done: number) => Promise<void> = async () => {},
): Promise<Preview<UnitImportData>> {
  const checked = validateRows(raw, unitRowSchema);
  flagDuplicates(checked, (u) => u.code, "code", "duplicate");
  flagDuplicates(checked, (u) => u.name, "name", "duplicate");
  const valid = checked.flatMap((c) => (c.value ? [c.value] : []));
  const [regions, byCode, byName] = await Promise.all([
    db.region.findMany({ where: { path: { startsWith: regionPath } }, select: { id: true, code: true } }),
    db.handlingUnit.findMany({
      where: { code: { in: valid.map((u) => u.code) } },
      select: {
        code: true,
        name: true,
        shortName: true,
        contact: true,
        contactPhone: true,
        active: true,
        region: { select: { code: true, path: true } },
      },
    }),
    db.handlingUnit.findMany({ where: { name: { in: valid.map((u) => u.name) } }, select: { code: true, name: true } }),
  ]);
  await onProgress(Math.round(raw.length / 2));
  const regionId = new Map(regions.map((r) => [r.code, r.id]));
  const before = new Map(byCode.map((u) => [u.code, u]));
  const nameHolder = new Map(byName.map((u) => [u.name, u.code]));
  const rawCode = new Map(raw.map((r) => [r.row, r.cells.code]));

  const rows: PreviewRow[] = [];
  const planned: PlannedUnit[] = [];
  let unchanged = 0;
  for (const c of checked) {
    const v = c.value;
    const base = { sheet: UNIT_SHEET.name, row: c.row, code: v?.code ?? rawCode.get(c.row) ?? "" };
    const errors: RowError[] = c.errors;
    const was = v ? before.get(v.code) : undefined;
    if (v) {
      if (was && !was.region.path.startsWith(regionPath)) errors.push({ column: "code", reason: "codeTakenElsewhere" });
      if (!regionId.has(v.region))
        errors.push({ column: "region", reason: "regionCodeUnknown", params: { code: v.region } });
      const holder = nameHolder.get(v.name);
      if (holder && holder !== v.code)
        errors.push({ column: "name", reason: "unitNameTaken", params: { code: holder } });
    }
    if (!v || errors.length) {
      rows.push({ ...base, label: v?.name ?? "", verdict: "error", changed: [], errors });
      continue;
    }
    const now: Values = {
      name: v.name,
      shortName: v.shortName,
      region: v.region,
      contact: v.contact,
      contactPhone: v.contactPhone,
      active: v.active,
    };
    const old: Values | null = was
      ? {
          name: was.name,
          shortName: was.shortName,
          region: was.region.code,
          contact: was.contact,
          contactPhone: was.contactPhone,
          active: was.active,
        }
      : null;
    const changed = old ? changedFields(old, now, UNIT_FIELDS) : [];
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
      shortName: v.shortName,
      regionId: regionId.get(v.region)!,
      contact: v.contact,
      contactPhone: v.contactPhone,
      active: v.active,
      before: old ? pick(old) : null,
      after: old ? pick(now) : now,
    });
  }
  await onProgress(raw.length);
  return { rows, totals: totalsOf(rows), data: { units: planned, unchanged } };
}
