// Checks an uploaded deputies file against the database without writing anything but the preview: every row
// becomes new / changed (with the fields) / unchanged / error (with column and reason). Runs in the job worker
// (docs/decisions/0049), reporting progress as it goes.
import { decryptPii, encryptPii } from "../../crypto/pii.ts";
import { changedFields } from "../../import/diff-fields.ts";
import type { RawRow, RowError } from "../../import/columns.ts";
import { totalsOf, type Preview, type PreviewRow, type Verdict } from "../../import/preview.ts";
import { flagDuplicates, validateRows, type Checked } from "../../import/validate-rows.ts";
import type { DeputyLevel } from "../../generated/prisma/enums.ts";
import { loadExistingDeputies, mandateKey, type ExistingDeputy } from "./existing-deputies.ts";
import { loadReferences, type References } from "./references.ts";
import {
  DEPUTY_SHEET,
  MANDATE_SHEET,
  deputyRowSchema,
  mandateRowSchema,
  type DeputyKey,
  type DeputyRow,
  type MandateKey,
  type MandateRow,
} from "./sheets.ts";

export type PlannedMandate = {
  row: number;
  level: DeputyLevel;
  term: number;
  regionId: number;
  constituency: string | null;
  startsOn: string | null;
  endsOn: string | null;
};

export type PlannedDeputy = {
  row: number;
  code: string;
  /** The existing deputy's id; null for a new one. */
  id: number | null;
  verdict: Exclude<Verdict, "error">;
  name: string;
  gender: string | null;
  occupation: string | null;
  groupId: number | null;
  bio: string | null;
  /** The phone, encrypted (S8): never kept in the clear between preview and confirm. */
  phoneEnc: string | null;
  personChanged: boolean;
  stationIds: number[];
  stationsChanged: boolean;
  /** Only the mandates that are new or differ from the database. */
  mandates: PlannedMandate[];
  /** The changed fields' values before and after, for the audit row. */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

export type DeputyImportData = { deputies: PlannedDeputy[] };

type Sheets = { deputies: RawRow<DeputyKey>[]; mandates: RawRow<MandateKey>[] };

function resolveOne(map: Map<string, number[]>, key: string, column: string, errors: RowError[], kind: string) {
  const ids = map.get(key);
  if (!ids?.length) errors.push({ column, reason: `${kind}Unknown`, params: { name: key } });
  else if (ids.length > 1) errors.push({ column, reason: `${kind}Ambiguous`, params: { name: key } });
  else return ids[0];
  return null;
}

function inRegion(d: ExistingDeputy, regionPath: string) {
  return d.paths.some((p) => p.startsWith(regionPath));
}

const PERSON_FIELDS = ["name", "gender", "occupation", "group", "phone", "bio"] as const;

export async function checkDeputyRows(
  sheets: Sheets,
  regionPath: string,
  onProgress: (done: number) => Promise<void> = async () => {},
): Promise<Preview<DeputyImportData>> {
  const deputies = validateRows(sheets.deputies, deputyRowSchema);
  const mandates = validateRows(sheets.mandates, mandateRowSchema);
  flagDuplicates(deputies, (d) => d.code, "code", "duplicateCode");
  flagDuplicates(mandates, (m) => `${m.code}:${m.level}:${m.term}`, "term", "duplicateMandate");
  await onProgress(Math.round((deputies.length + mandates.length) / 3));

  const refs = await loadReferences(regionPath);
  const codes = deputies.flatMap((d) => (d.value ? [d.value.code] : []));
  const existing = await loadExistingDeputies(codes);
  await onProgress(Math.round(((deputies.length + mandates.length) * 2) / 3));

  // Mandates by code, with their references resolved.
  // A mandate of a deputy whose own row is in error is left out with it, not reported twice.
  const deputyCodes = new Set(sheets.deputies.map((r) => r.cells.code));
  const mandatesByCode = new Map<string, PlannedMandate[]>();
  for (const m of mandates) resolveMandate(m, refs, deputyCodes, mandatesByCode);

  const rows: PreviewRow[] = [];
  const planned: PlannedDeputy[] = [];
  for (const d of deputies) {
    const code = d.value?.code ?? "";
    const label = d.value?.name ?? "";
    if (!d.value) {
      rows.push(errorRow(DEPUTY_SHEET.name, d, code, label));
      continue;
    }
    const plan = planDeputy(
      d.value,
      d.row,
      d.errors,
      refs,
      existing.get(code),
      regionPath,
      mandatesByCode.get(code) ?? [],
    );
    if (!plan) {
      rows.push(errorRow(DEPUTY_SHEET.name, d, code, label));
      continue;
    }
    planned.push(plan.deputy);
    rows.push({
      sheet: DEPUTY_SHEET.name,
      row: d.row,
      code,
      label,
      verdict: plan.deputy.verdict,
      changed: plan.changed,
      errors: [],
    });
  }
  for (const m of mandates) if (m.errors.length) rows.push(errorRow(MANDATE_SHEET.name, m, m.value?.code ?? "", ""));
  await onProgress(deputies.length + mandates.length);
  return { rows, totals: totalsOf(rows), data: { deputies: planned } };
}

function errorRow(sheet: string, c: Checked<unknown>, code: string, label: string): PreviewRow {
  return { sheet, row: c.row, code, label, verdict: "error", changed: [], errors: c.errors };
}

function resolveMandate(
  m: Checked<MandateRow>,
  refs: References,
  deputyCodes: Set<string>,
  into: Map<string, PlannedMandate[]>,
) {
  if (!m.value) return;
  const v = m.value;
  if (!deputyCodes.has(v.code)) m.errors.push({ column: "code", reason: "deputyNotInFile", params: { name: v.code } });
  const regionId = resolveOne(refs.region, v.region, "region", m.errors, "region");
  if (m.errors.length || regionId == null) {
    m.value = null;
    return;
  }
  const list = into.get(v.code) ?? [];
  list.push({
    row: m.row,
    level: v.level!,
    term: v.term,
    regionId,
    constituency: v.constituency,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
  });
  into.set(v.code, list);
}

function planDeputy(
  v: DeputyRow,
  row: number,
  errors: RowError[],
  refs: References,
  before: ExistingDeputy | undefined,
  regionPath: string,
  mandates: PlannedMandate[],
): { deputy: PlannedDeputy; changed: string[] } | null {
  let groupId: number | null = null;
  if (v.group != null) {
    groupId = refs.group.get(v.group) ?? null;
    if (groupId == null) errors.push({ column: "group", reason: "groupUnknown", params: { name: v.group } });
  }
  const stationIds: number[] = [];
  for (const name of v.stations) {
    const id = resolveOne(refs.station, name, "stations", errors, "station");
    if (id != null) stationIds.push(id);
  }
  // A number another region's deputy already holds is not ours to overwrite (and says nothing about them).
  if (before && !inRegion(before, regionPath)) errors.push({ column: "code", reason: "codeTaken" });
  if (!before && mandates.length === 0 && stationIds.length === 0) errors.push({ column: "code", reason: "noMandate" });
  if (errors.length) return null;

  const oldPhone = before?.phoneEnc ? decryptPii(before.phoneEnc) : null;
  const now = { name: v.name, gender: v.gender, occupation: v.occupation, group: v.group, phone: v.phone, bio: v.bio };
  const was = before
    ? {
        name: before.name,
        gender: before.gender,
        occupation: before.occupation,
        group: before.groupId == null ? null : (refs.groupName.get(before.groupId) ?? null),
        phone: oldPhone,
        bio: before.bio,
      }
    : null;
  const changed: string[] = was ? changedFields(was, now, PERSON_FIELDS) : [];
  const stationsChanged = before
    ? changedFields({ s: before.stationIds }, { s: stationIds }, ["s"]).length > 0
    : stationIds.length > 0;
  if (before && stationsChanged) changed.push("stations");
  const toWrite = mandates.filter((m) => {
    const old = before?.mandates.get(mandateKey(m.level, m.term));
    return (
      !old ||
      old.regionId !== m.regionId ||
      (old.constituency ?? null) !== m.constituency ||
      old.startsOn !== m.startsOn ||
      old.endsOn !== m.endsOn
    );
  });
  if (before && toWrite.length) changed.push("mandates");
  const beforeAudit: Record<string, unknown> = {};
  const afterAudit: Record<string, unknown> = {};
  for (const k of changed) {
    if (k === "phone") {
      // The audit says the phone changed, never what it was or became.
      beforeAudit.phone = "***";
      afterAudit.phone = "***";
    } else if (k === "stations") {
      beforeAudit.stations = before!.stationIds.map((id) => refs.stationName.get(id) ?? id);
      afterAudit.stations = v.stations;
    } else if (k === "mandates") {
      afterAudit.mandates = toWrite.map((m) => `${m.level}:${m.term}`);
    } else {
      beforeAudit[k] = was![k as keyof typeof was];
      afterAudit[k] = now[k as keyof typeof now];
    }
  }
  const verdict: PlannedDeputy["verdict"] = !before ? "new" : changed.length ? "changed" : "unchanged";
  return {
    changed,
    deputy: {
      row,
      code: v.code,
      id: before?.id ?? null,
      verdict,
      name: v.name,
      gender: v.gender,
      occupation: v.occupation,
      groupId,
      bio: v.bio,
      phoneEnc: v.phone == null ? null : v.phone === oldPhone ? before!.phoneEnc : encryptPii(v.phone),
      personChanged: !before || PERSON_FIELDS.some((f) => changed.includes(f)),
      stationIds,
      stationsChanged,
      mandates: toWrite,
      before: beforeAudit,
      after: !before ? { code: v.code, name: v.name } : afterAudit,
    },
  };
}
