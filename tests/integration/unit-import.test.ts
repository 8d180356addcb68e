// Excel import of handling units (issue 11): preview by row, bad rows with column and reason, one all-or-nothing
// write, idempotent re-import and export round-trip, kept to the uploader's region.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { getImport } from "@/lib/import/batches";
import { confirmImport } from "@/lib/import/confirm-import";
import { runImports } from "@/lib/import/run-imports";
import { uploadImport } from "@/lib/import/upload-import";
import { UNIT_SHEET, type UnitKey } from "@/lib/units/import/sheet";
import { exportUnits } from "@/lib/units/import/unit-workbook";
import { actorOf } from "../factories/loop";
import { createRegion, createStaffUser } from "../factories/users";
import { sheetWorkbook } from "../factories/import-workbook";

type Cells = Partial<Record<UnitKey, string>>;
let seq = 0;

async function world() {
  const region = await createRegion();
  const other = await createRegion();
  const p = `U${++seq}${Date.now().toString(36)}`.toUpperCase();
  return {
    region,
    other,
    p,
    staff: actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: region.id }), { regionPath: region.path }),
    otherStaff: actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: other.id }), { regionPath: other.path }),
  };
}
type W = Awaited<ReturnType<typeof world>>;

const row = (w: W, code: string, over: Cells = {}): Cells => ({
  code: `${w.p}-${code}`,
  name: `${w.p}单位${code}`,
  region: w.region.code,
  contact: "王五",
  contactPhone: "0796-8220000",
  active: "是",
  ...over,
});

async function upload(actor: Actor, rows: Cells[] | Uint8Array) {
  const bytes = rows instanceof Uint8Array ? rows : await sheetWorkbook(UNIT_SHEET, rows);
  const { id } = await uploadImport(actor, "units", { fileName: "单位.xlsx", bytes });
  await runImports();
  return getImport(actor, id);
}

async function confirm(actor: Actor, id: string) {
  await confirmImport(actor, { importId: id });
  await runImports();
  return getImport(actor, id);
}

const ours = (w: W) => db.handlingUnit.findMany({ where: { code: { startsWith: w.p } }, orderBy: { code: "asc" } });

describe("handling units import", () => {
  it("previews, writes, updates in place naming the fields, re-imports unchanged and round-trips the export", async () => {
    const w = await world();
    const rows = [row(w, "A"), row(w, "B", { active: "" })];
    const first = await upload(w.staff, rows);
    expect(first.preview!.totals).toEqual({ new: 2, changed: 0, unchanged: 0, error: 0 });
    expect(await ours(w)).toHaveLength(0);
    expect((await confirm(w.staff, first.id)).result).toMatchObject({ created: 2, updated: 0 });
    const [a, b] = await ours(w);
    expect(a).toMatchObject({ contact: "王五", contactPhone: "0796-8220000", active: true, regionId: w.region.id });
    expect(b.active).toBe(true); // an empty 启用 means yes

    rows[1] = { ...rows[1], active: "否", contact: "赵六" };
    const second = await upload(w.staff, rows);
    expect(second.preview!.totals).toEqual({ new: 0, changed: 1, unchanged: 1, error: 0 });
    expect(second.preview!.rows.find((r) => r.verdict === "changed")!.changed.sort()).toEqual(["active", "contact"]);
    await confirm(w.staff, second.id);
    expect((await db.handlingUnit.findUniqueOrThrow({ where: { id: b.id } })).active).toBe(false);

    const again = await upload(w.staff, rows);
    expect(again.preview!.totals).toEqual({ new: 0, changed: 0, unchanged: 2, error: 0 });
    const back = await upload(w.staff, new Uint8Array(await exportUnits(w.staff)));
    expect(back.preview!.totals).toEqual({ new: 0, changed: 0, unchanged: 2, error: 0 });
  }, 120_000);

  it("names each bad row's column and reason and writes nothing", async () => {
    const w = await world();
    await db.handlingUnit.create({ data: { code: `${w.p}-X`, name: `${w.p}已有单位`, regionId: w.region.id } });
    const b = await upload(w.staff, [
      row(w, "A"),
      row(w, "B", { name: `${w.p}单位A` }), // 3: same name as row 2
      row(w, "C", { region: "000000000000" }), // 4: no such region
      row(w, "D", { name: `${w.p}已有单位` }), // 5: the name belongs to unit X
      row(w, "E", { contactPhone: "电话" }), // 6: not a phone
      row(w, "F", { code: "坏 编号" }), // 7: not a register code
    ]);
    const errors = b.preview!.rows.filter((r) => r.verdict === "error");
    expect(errors.map((e) => [e.row, e.errors[0].column, e.errors[0].reason])).toEqual([
      [3, "name", "duplicate"],
      [4, "region", "regionCodeUnknown"],
      [5, "name", "unitNameTaken"],
      [6, "contactPhone", "phoneFormat"],
      [7, "code", "registerCodeFormat"],
    ]);
    await expect(confirmImport(w.staff, { importId: b.id })).rejects.toMatchObject({ messageKey: "importHasErrors" });
    expect(await ours(w)).toHaveLength(1);
  });

  it("writes all or nothing, and keeps the import to its region", async () => {
    const w = await world();
    const b = await upload(w.staff, [row(w, "A"), row(w, "B")]);
    // Another region takes code B after the preview: the write finds it outside the region and rolls back.
    await db.handlingUnit.create({ data: { code: `${w.p}-B`, name: `${w.p}别处单位`, regionId: w.other.id } });
    expect((await confirm(w.staff, b.id)).status).toBe("FAILED");
    expect(await db.handlingUnit.count({ where: { code: `${w.p}-A` } })).toBe(0);

    const mine = await upload(w.staff, [row(w, "C")]);
    await expect(getImport(w.otherStaff, mine.id)).rejects.toMatchObject({ code: "notFound" });
    expect(
      await db.auditEvent.count({ where: { actorId: w.otherStaff.id, result: "DENIED", targetId: mine.id } }),
    ).toBe(1);
    const unitStaff = actorOf(await createStaffUser("UNIT_STAFF"));
    await expect(
      uploadImport(unitStaff, "units", { fileName: "a.xlsx", bytes: new Uint8Array([1]) }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    // The other region's staff cannot take over unit B (now theirs) from here, nor this region's from there.
    const hijack = await upload(w.staff, [row(w, "B", { name: `${w.p}别处单位` })]);
    expect(hijack.preview!.rows[0].errors[0]).toMatchObject({ column: "code", reason: "codeTakenElsewhere" });
  });
});
