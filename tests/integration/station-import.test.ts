// Excel import of stations (issue 11): preview with new / changed (which fields) / unchanged / error by row and
// column, 家—站—点 in one file, a plausible map point, one all-or-nothing write, idempotent re-import, export that
// round-trips, and the import kept to its uploader's region.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { getImport } from "@/lib/import/batches";
import { confirmImport } from "@/lib/import/confirm-import";
import { runImports } from "@/lib/import/run-imports";
import { uploadImport } from "@/lib/import/upload-import";
import { exportStations } from "@/lib/stations/import/station-workbook";
import { STATION_SHEET, type StationKey } from "@/lib/stations/import/sheet";
import { actorOf } from "../factories/loop";
import { createPlace } from "../factories/places";
import { createRegion, createStaffUser } from "../factories/users";
import { sheetWorkbook } from "../factories/import-workbook";

type Cells = Partial<Record<StationKey, string>>;
let seq = 0;

async function world() {
  const { region, station } = await createPlace(); // at 30.25 N, 120.16 E
  const district = await createRegion(region);
  const other = await createRegion();
  const p = `T${++seq}${Date.now().toString(36)}`.toUpperCase();
  return {
    region,
    district,
    station,
    p,
    staff: actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: region.id }), { regionPath: region.path }),
    otherStaff: actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: other.id }), { regionPath: other.path }),
    other,
  };
}
type W = Awaited<ReturnType<typeof world>>;

const row = (w: W, code: string, over: Cells = {}): Cells => ({
  code: `${w.p}-${code}`,
  name: `站${code}`,
  kind: "联络站",
  region: w.district.code,
  address: "某路 1 号",
  lng: "120.17",
  lat: "30.26",
  openingHours: "周一至周五",
  contactPhone: "0571-88880000",
  ...over,
});

/** A home, a station under it, a point under that, and the existing station renamed. */
function family(w: W): Cells[] {
  return [
    row(w, "H", { kind: "代表之家" }),
    row(w, "S", { parent: `${w.p}-H` }),
    row(w, "P", { kind: "联络点", parent: `${w.p}-S`, lat: "30.27" }),
    {
      ...row(w, "", {}),
      code: w.station.code,
      name: "改名后的联络站",
      region: w.region.code,
      lat: "30.25",
      lng: "120.16",
      address: w.station.address,
      openingHours: w.station.openingHours,
      contactPhone: "",
    },
  ];
}

async function upload(actor: Actor, rows: Cells[] | Uint8Array) {
  const bytes = rows instanceof Uint8Array ? rows : await sheetWorkbook(STATION_SHEET, rows);
  const { id } = await uploadImport(actor, "stations", { fileName: "站点.xlsx", bytes });
  await runImports();
  return getImport(actor, id);
}

async function confirm(actor: Actor, id: string, excludeErrors?: string) {
  await confirmImport(actor, { importId: id, ...(excludeErrors ? { excludeErrors } : {}) });
  await runImports();
  return getImport(actor, id);
}

const ours = (w: W) => db.station.findMany({ where: { code: { startsWith: w.p } }, orderBy: { code: "asc" } });

describe("stations import", () => {
  it("previews, writes 家—站—点 in one go, re-imports unchanged, and round-trips through the export", async () => {
    const w = await world();
    const first = await upload(w.staff, family(w));
    expect(first.status).toBe("READY");
    expect(first.preview!.totals).toEqual({ new: 3, changed: 1, unchanged: 0, error: 0 });
    const renamed = first.preview!.rows.find((r) => r.code === w.station.code)!;
    expect(renamed).toMatchObject({ verdict: "changed", changed: ["name"] });
    expect(await ours(w)).toHaveLength(0); // the preview writes nothing

    const done = await confirm(w.staff, first.id);
    expect(done.status).toBe("DONE");
    expect(done.result).toMatchObject({ created: 3, updated: 1, unchanged: 0 });
    const [h, p, s] = await ours(w);
    expect([h.kind, p.kind, s.kind]).toEqual(["HOME", "POINT", "STATION"]);
    expect(s.parentId).toBe(h.id);
    expect(p.parentId).toBe(s.id);
    expect(Number(p.lat)).toBe(30.27);
    expect((await db.station.findUniqueOrThrow({ where: { id: w.station.id } })).name).toBe("改名后的联络站");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "station.edit", targetId: String(w.station.id) },
      orderBy: { id: "desc" },
    });
    expect(audit.detail).toMatchObject({
      via: "import",
      before: { name: w.station.name },
      after: { name: "改名后的联络站" },
    });

    // The same file again: nothing changes, nothing is written, no station audit rows.
    const audits = () => db.auditEvent.count({ where: { action: { in: ["station.create", "station.edit"] } } });
    const before = await audits();
    const again = await upload(w.staff, family(w));
    expect(again.preview!.totals).toEqual({ new: 0, changed: 0, unchanged: 4, error: 0 });
    expect((await confirm(w.staff, again.id)).result).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(await audits()).toBe(before);

    // Export → import: every station of the region comes back unchanged.
    const back = await upload(w.staff, new Uint8Array(await exportStations(w.staff)));
    expect(back.preview!.totals).toMatchObject({ new: 0, changed: 0, error: 0 });
    expect(back.preview!.totals.unchanged).toBeGreaterThanOrEqual(4);
  }, 120_000);

  it("names each bad row's column and reason, refuses to confirm, and writes nothing", async () => {
    const w = await world();
    const rows: Cells[] = [
      row(w, "A"), // row 2: fine
      row(w, "A", { name: "重复" }), // 3: duplicate code
      row(w, "B", { region: "999999999999" }), // 4: unknown region
      row(w, "C", { kind: "联络点" }), // 5: a point without its station
      row(w, "D", { kind: "联络点", parent: "NOPE-1" }), // 6: unknown parent
      row(w, "E", { contactPhone: "call me" }), // 7: bad phone
      row(w, "F", { lat: "120.16", lng: "30.25" }), // 8: swapped: outside China
      row(w, "G", { lat: "39.9", lng: "116.4" }), // 9: Beijing, far from this region's stations
      row(w, "H", { kind: "联络点", parent: `${w.p}-E` }), // 10: its parent's row is in error
      row(w, "I", { kind: "站" }), // 11: not in the list
    ];
    const b = await upload(w.staff, rows);
    const errors = b.preview!.rows.filter((r) => r.verdict === "error");
    expect(errors.map((e) => [e.row, e.errors[0].column, e.errors[0].reason])).toEqual([
      [3, "code", "duplicate"],
      [4, "region", "regionCodeUnknown"],
      [5, "parent", "pointNeedsParent"],
      [6, "parent", "parentUnknown"],
      [7, "contactPhone", "phoneFormat"],
      [8, "lat", "pointOutsideChina"],
      [9, "lat", "pointTooFar"],
      [10, "parent", "parentInError"],
      [11, "kind", "notInList"],
    ]);
    expect(b.preview!.totals).toEqual({ new: 1, changed: 0, unchanged: 0, error: 9 });
    await expect(confirmImport(w.staff, { importId: b.id })).rejects.toMatchObject({ messageKey: "importHasErrors" });
    await runImports();
    expect(await ours(w)).toHaveLength(0);
  });

  it("writes all or nothing: a code taken in another region after the preview rolls the whole file back", async () => {
    const w = await world();
    const b = await upload(w.staff, [row(w, "A"), row(w, "B"), row(w, "C")]);
    expect(b.preview!.totals.new).toBe(3);
    await db.station.create({
      data: {
        code: `${w.p}-C`,
        name: "别处的站",
        regionId: w.other.id,
        address: "别处",
        lat: 30.25,
        lng: 120.16,
        openingHours: "全天",
        qrToken: `qr-${w.p}`,
      },
    });
    const done = await confirm(w.staff, b.id);
    expect(done.status).toBe("FAILED");
    expect(await db.station.count({ where: { code: { in: [`${w.p}-A`, `${w.p}-B`] } } })).toBe(0);
    expect((await db.station.findUniqueOrThrow({ where: { code: `${w.p}-C` } })).name).toBe("别处的站");
  });

  it("keeps an import to its uploader's region: others get not found (audited), codes elsewhere are not taken over", async () => {
    const w = await world();
    const b = await upload(w.staff, [row(w, "A")]);
    await expect(getImport(w.otherStaff, b.id)).rejects.toMatchObject({ code: "notFound" });
    await expect(confirmImport(w.otherStaff, { importId: b.id })).rejects.toMatchObject({ code: "notFound" });
    expect(
      await db.auditEvent.count({
        where: { actorId: w.otherStaff.id, result: "DENIED", targetType: "ImportBatch", targetId: b.id },
      }),
    ).toBe(2);
    // A station admin holds station.manage only for their own stations: no import, no export.
    const admin = actorOf(await createStaffUser("STATION_ADMIN"), { stationIds: [w.station.id] });
    await expect(
      uploadImport(admin, "stations", { fileName: "a.xlsx", bytes: new Uint8Array([1]) }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportStations(admin)).rejects.toMatchObject({ code: "forbidden" });
    expect((await getImport(w.staff, b.id)).status).toBe("READY");

    // The other region's staff import this region's station code: refused by row, nothing changes.
    const hijack = await upload(w.otherStaff, [{ ...row(w, ""), code: w.station.code, region: w.other.code }]);
    expect(hijack.preview!.rows[0].errors[0]).toMatchObject({ column: "code", reason: "codeTakenElsewhere" });
  });
});
