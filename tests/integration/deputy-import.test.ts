// Excel import of deputies with mandates and stations (issue 11): preview before writing, errors by row and
// column, confirm refused while errors remain, all-or-nothing write, idempotent re-import, bad files refused,
// and the import scoped to its uploader's region.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { getImport } from "@/lib/import/batches";
import { runImports } from "@/lib/import/run-imports";
import type { Preview } from "@/lib/import/preview";
import { uploadImport } from "@/lib/import/upload-import";
import { confirmImport as confirmDeputyImport } from "@/lib/import/confirm-import";
import { exportDeputies } from "@/lib/deputies/import/deputy-workbook";
import { actorOf } from "../factories/loop";
import { createPlace } from "../factories/places";
import { createRegion, createStaffUser } from "../factories/users";
import { deputyWorkbook, type DeputyCells, type MandateCells } from "../factories/deputy-workbook";

let seq = 0;

async function world() {
  const { region, station } = await createPlace();
  const district = await createRegion(region);
  const staffUser = await createStaffUser("COMMITTEE_STAFF", { regionId: region.id });
  const otherRegion = await createRegion();
  const otherUser = await createStaffUser("COMMITTEE_STAFF", { regionId: otherRegion.id });
  const prefix = `T${++seq}${Date.now().toString(36)}-`;
  return {
    region,
    district,
    station,
    prefix,
    staff: actorOf(staffUser, { regionPath: region.path }),
    other: actorOf(otherUser, { regionPath: otherRegion.path }),
  };
}
type W = Awaited<ReturnType<typeof world>>;

function rows(w: W, n: number) {
  const deputies: DeputyCells[] = [];
  const mandates: MandateCells[] = [];
  for (let i = 0; i < n; i++) {
    const code = `${w.prefix}${String(i).padStart(4, "0")}`;
    deputies.push({
      code,
      name: `代表${i}`,
      gender: i % 2 ? "女" : "男",
      occupation: "教师",
      phone: `139${String(i).padStart(8, "0")}`,
      stations: i % 10 === 0 ? w.station.name : "",
    });
    mandates.push({ code, level: "县", term: "18", region: w.district.name, startsOn: "2026-01-01" });
  }
  return { deputies, mandates };
}

async function upload(actor: Actor, bytes: Uint8Array, fileName = "代表.xlsx") {
  const { id } = await uploadImport(actor, "deputies", { fileName, bytes }, { ip: "203.0.113.9", userAgent: "vitest" });
  await runImports();
  return getImport(actor, id);
}

const countDeputies = (w: W) => db.deputy.count({ where: { code: { startsWith: w.prefix } } });

describe("deputies import", () => {
  it("previews 500 rows with exactly the 3 bad ones, refuses to confirm until fixed, and re-imports idempotently", async () => {
    const w = await world();
    const good = rows(w, 500);
    const bad = structuredClone(good);
    bad.deputies[10].phone = "12345";
    bad.deputies[20].gender = "未知";
    bad.mandates[30].region = "不存在的地区";

    const first = await upload(w.staff, await deputyWorkbook(bad.deputies, bad.mandates));
    expect(first.status).toBe("READY");
    const preview = first.preview as Preview<unknown>;
    const errors = preview.rows.filter((r) => r.verdict === "error");
    expect(errors.map((e) => [e.sheet, e.row, e.errors[0].column, e.errors[0].reason])).toEqual(
      expect.arrayContaining([
        ["代表", 12, "phone", "mobileFormat"],
        ["代表", 22, "gender", "notInList"],
        ["任职", 32, "region", "regionUnknown"],
      ]),
    );
    expect(errors).toHaveLength(3);
    expect(preview.totals).toEqual({ new: 498, changed: 0, unchanged: 0, error: 3 });
    expect(await countDeputies(w)).toBe(0); // nothing written by the preview

    await expect(confirmDeputyImport(w.staff, { importId: first.id })).rejects.toMatchObject({
      messageKey: "importHasErrors",
    });
    expect(await countDeputies(w)).toBe(0);

    // Fixed file: 500 new, written in one go.
    const fixed = await upload(w.staff, await deputyWorkbook(good.deputies, good.mandates));
    expect(fixed.preview!.totals).toEqual({ new: 500, changed: 0, unchanged: 0, error: 0 });
    await confirmDeputyImport(w.staff, { importId: fixed.id });
    await runImports();
    const done = await getImport(w.staff, fixed.id);
    expect(done.status).toBe("DONE");
    expect(done.result).toMatchObject({ created: 500, mandatesWritten: 500, stationLinksSet: 50 });
    expect(await countDeputies(w)).toBe(500);
    expect(await db.stationDeputy.count({ where: { stationId: w.station.id } })).toBe(50);

    // The same file twice more: everything unchanged, nothing written, no audit rows for deputies.
    for (let i = 0; i < 2; i++) {
      const again = await upload(w.staff, await deputyWorkbook(good.deputies, good.mandates));
      expect(again.preview!.totals).toEqual({ new: 0, changed: 0, unchanged: 500, error: 0 });
      const auditsBefore = await db.auditEvent.count({ where: { action: { in: ["deputy.create", "deputy.update"] } } });
      await confirmDeputyImport(w.staff, { importId: again.id });
      await runImports();
      expect((await getImport(w.staff, again.id)).result).toMatchObject({ created: 0, updated: 0, unchanged: 500 });
      expect(await db.auditEvent.count({ where: { action: { in: ["deputy.create", "deputy.update"] } } })).toBe(
        auditsBefore,
      );
    }

    // A corrected file updates in place, naming the changed fields; the audit row has before and after.
    good.deputies[5].occupation = "医生";
    good.mandates[5].endsOn = "2030-12-31";
    const corrected = await upload(w.staff, await deputyWorkbook(good.deputies, good.mandates));
    expect(corrected.preview!.totals).toEqual({ new: 0, changed: 1, unchanged: 499, error: 0 });
    expect(corrected.preview!.rows.find((r) => r.verdict === "changed")!.changed).toEqual(["occupation", "mandates"]);
    await confirmDeputyImport(w.staff, { importId: corrected.id });
    await runImports();
    const d5 = await db.deputy.findUniqueOrThrow({ where: { code: `${w.prefix}0005` }, include: { mandates: true } });
    expect(d5.occupation).toBe("医生");
    expect(d5.mandates[0].endsOn?.toISOString().slice(0, 10)).toBe("2030-12-31");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "deputy.update", targetId: String(d5.id) },
    });
    expect(audit.detail).toMatchObject({ before: { occupation: "教师" }, after: { occupation: "医生" } });
  }, 120_000);

  it("writes the other rows when the user leaves the error rows out", async () => {
    const w = await world();
    const r = rows(w, 5);
    r.deputies[1].phone = "1380013800"; // ten digits
    const b = await upload(w.staff, await deputyWorkbook(r.deputies, r.mandates));
    expect(b.preview!.totals.error).toBe(1);
    await confirmDeputyImport(w.staff, { importId: b.id, excludeErrors: "on" });
    await runImports();
    expect(await countDeputies(w)).toBe(4);
    expect(await db.deputy.count({ where: { code: `${w.prefix}0001` } })).toBe(0);
  });

  it("refuses bad files with a clear reason and writes nothing", async () => {
    const w = await world();
    const r = rows(w, 3);
    const refusedAtUpload = async (bytes: Uint8Array, fileName: string, key: string) => {
      const err = await uploadImport(w.staff, "deputies", { fileName, bytes }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).messageKey).toBe(`importFile.${key}`);
    };
    await refusedAtUpload(new TextEncoder().encode("代表编号,姓名\nA1,张三\n"), "代表.csv", "notXlsx");
    await refusedAtUpload(new Uint8Array(30 * 1024 * 1024).fill(0x50), "大.xlsx", "tooLarge");

    const refused = async (bytes: Uint8Array, key: string) => {
      const b = await upload(w.staff, bytes);
      expect(b.status).toBe("REJECTED");
      expect(b.failureKey).toBe(key);
      return b;
    };
    // A zip that is not a workbook.
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    await refused(zip, "notXlsx");
    await refused(await deputyWorkbook(r.deputies, r.mandates, { sheetNames: ["Sheet1", "Sheet2"] }), "wrongTemplate");
    const missing = await refused(
      await deputyWorkbook(r.deputies, r.mandates, { dropColumn: "姓名" }),
      "missingColumns",
    );
    expect(missing.failureParams).toMatchObject({ columns: "姓名" });
    const formula = await refused(await deputyWorkbook(r.deputies, r.mandates, { formulaAt: 1 }), "formula");
    expect(formula.failureParams).toMatchObject({ sheet: "代表", cell: "B3" });
    const many = rows(w, 100_000);
    await refused(await deputyWorkbook(many.deputies, []), "tooManyRows");

    // Row-level: duplicate codes, unknown station and region.
    const dup = rows(w, 3);
    dup.deputies[2].code = dup.deputies[0].code;
    dup.mandates.splice(2, 1);
    dup.deputies[1].stations = "没有这个站";
    const b = await upload(w.staff, await deputyWorkbook(dup.deputies, dup.mandates));
    const reasons = b.preview!.rows.filter((x) => x.verdict === "error").map((x) => x.errors[0].reason);
    expect(reasons.sort()).toEqual(["duplicateCode", "stationUnknown"]);
    expect(await countDeputies(w)).toBe(0);
    expect(
      await db.importBatch.count({ where: { createdById: w.staff.id, status: "REJECTED", file: { not: null } } }),
    ).toBe(0);
  }, 300_000);

  it("keeps an import to its uploader: another region's staff, a unit or a resident see nothing and change nothing", async () => {
    const w = await world();
    const r = rows(w, 3);
    const b = await upload(w.staff, await deputyWorkbook(r.deputies, r.mandates));
    const unit = actorOf(await createStaffUser("UNIT_STAFF"));
    const resident = actorOf(await createStaffUser("RESIDENT"));
    for (const actor of [w.other, unit, resident]) {
      await expect(getImport(actor, b.id)).rejects.toMatchObject({ code: "notFound" });
      await expect(confirmDeputyImport(actor, { importId: b.id })).rejects.toMatchObject({ code: "notFound" });
      const denied = await db.auditEvent.count({ where: { actorId: actor.id, result: "DENIED" } });
      expect(denied).toBeGreaterThanOrEqual(2);
    }
    for (const actor of [unit, resident]) {
      await expect(
        uploadImport(actor, "deputies", { fileName: "a.xlsx", bytes: new Uint8Array([1]) }),
      ).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(exportDeputies(actor)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect((await getImport(w.staff, b.id)).status).toBe("READY");
    expect(await countDeputies(w)).toBe(0);

    // The other region's staff cannot take over this region's deputies by importing their codes.
    await confirmDeputyImport(w.staff, { importId: b.id });
    await runImports();
    const hijack = rows(w, 1);
    hijack.deputies[0].stations = "";
    hijack.mandates[0].region = (await db.region.findFirstOrThrow({ where: { path: w.other.regionPath! } })).name;
    const h = await upload(w.other, await deputyWorkbook(hijack.deputies, hijack.mandates));
    expect(h.preview!.rows[0].errors[0].reason).toBe("codeTaken");
  });

  it("exports the region's deputies to the same template, and the export imports back unchanged", async () => {
    const w = await world();
    const r = rows(w, 20);
    const b = await upload(w.staff, await deputyWorkbook(r.deputies, r.mandates));
    await confirmDeputyImport(w.staff, { importId: b.id });
    await runImports();
    const file = await exportDeputies(w.staff);
    const back = await upload(w.staff, new Uint8Array(file), "导出.xlsx");
    expect(back.preview!.totals).toEqual({ new: 0, changed: 0, unchanged: 20, error: 0 });
  });
});
