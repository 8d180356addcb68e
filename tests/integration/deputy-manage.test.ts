// Creating and editing a deputy by hand (issue 11): within the staff's region, audited with before/after; another
// region's staff, a unit or a resident get "not found" / "forbidden", nothing changes, and a DENIED row is written.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decryptPii } from "@/lib/crypto/pii";
import { saveDeputy } from "@/lib/deputies/save-deputy";
import { actorOf } from "../factories/loop";
import { createPlace } from "../factories/places";
import { createRegion, createStaffUser } from "../factories/users";

describe("create and edit a deputy", () => {
  it("creates with a mandate and a station, edits in place, and keeps other regions out", async () => {
    const { region, station } = await createPlace();
    const staff = actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: region.id }), {
      regionPath: region.path,
    });
    const code = `M${Date.now().toString(36)}`;
    const base = {
      code,
      name: "赵代表",
      gender: "女",
      occupation: "教师",
      phone: "13912345678",
      stations: station.name,
      level: "COUNTY",
      term: "18",
      regionId: String(region.id),
      startsOn: "2026-01-01",
    };
    const { id } = await saveDeputy(staff, base);
    const created = await db.deputy.findUniqueOrThrow({ where: { id }, include: { mandates: true, stations: true } });
    expect(created).toMatchObject({ code, name: "赵代表", gender: "女" });
    expect(decryptPii(created.phoneEnc!)).toBe("13912345678");
    expect(created.mandates).toHaveLength(1);
    expect(created.stations.map((s) => s.stationId)).toEqual([station.id]);

    await saveDeputy(staff, { ...base, deputyId: String(id), occupation: "医生", level: "" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "deputy.update", targetId: String(id) } });
    expect(audit.detail).toMatchObject({ before: { occupation: "教师" }, after: { occupation: "医生" } });

    // Bad input answers in Chinese catalog keys and changes nothing.
    await expect(saveDeputy(staff, { ...base, deputyId: String(id), phone: "123" })).rejects.toThrow();
    await expect(
      saveDeputy(staff, { ...base, code: `${code}x`, stations: "不存在的站", level: "" }),
    ).rejects.toMatchObject({ messageKey: "stationUnknownHere" });
    await expect(saveDeputy(staff, { ...base, name: "重复编号" })).rejects.toMatchObject({
      messageKey: "deputyCodeTaken",
    });

    const other = await createRegion();
    const otherStaff = actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: other.id }), {
      regionPath: other.path,
    });
    await expect(
      saveDeputy(otherStaff, { ...base, deputyId: String(id), name: "改名", regionId: String(other.id) }),
    ).rejects.toMatchObject({ code: "notFound" });
    for (const role of ["UNIT_STAFF", "RESIDENT"] as const) {
      const a = actorOf(await createStaffUser(role));
      await expect(saveDeputy(a, { ...base, deputyId: String(id), name: "改名" })).rejects.toMatchObject({
        code: "forbidden",
      });
      expect(await db.auditEvent.count({ where: { actorId: a.id, result: "DENIED" } })).toBe(1);
    }
    expect(await db.auditEvent.count({ where: { actorId: otherStaff.id, result: "DENIED" } })).toBe(1);
    expect(await db.deputy.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "赵代表", occupation: "医生" });
  });
});
