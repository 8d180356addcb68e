// Excel import of staff accounts (issue 11, system admin only): preview by row, new accounts with one-time passwords
// revealed once and never stored in the clear, existing accounts changed without touching their passwords, an
// admin's role left to the account page, one all-or-nothing write, idempotent re-import, kept to its uploader.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { verifyPassword } from "@/lib/auth/password";
import { getImport } from "@/lib/import/batches";
import { confirmImport } from "@/lib/import/confirm-import";
import { runImports } from "@/lib/import/run-imports";
import { uploadImport } from "@/lib/import/upload-import";
import { USER_SHEET, type UserKey } from "@/lib/users/import/sheet";
import { revealImportPasswords } from "@/lib/users/import/reveal-passwords";
import { exportUsers } from "@/lib/users/import/user-workbook";
import { actorOf } from "../factories/loop";
import { createPlace } from "../factories/places";
import { createStaffUser } from "../factories/users";
import { sheetWorkbook } from "../factories/import-workbook";

type Cells = Partial<Record<UserKey, string>>;
let seq = 0;

async function world() {
  const { region, station } = await createPlace();
  const unit = await db.handlingUnit.create({
    data: { name: `单位${Date.now().toString(36)}${++seq}`, regionId: region.id },
  });
  const p = `imp${seq}${Date.now().toString(36)}`;
  return { region, station, unit, p, admin: actorOf(await createStaffUser("SYSTEM_ADMIN")) };
}
type W = Awaited<ReturnType<typeof world>>;

const rows = (w: W): Cells[] => [
  { username: `${w.p}-staff`, name: "张三", role: "代表工作机构", region: w.region.code, phone: "13912345678" },
  { username: `${w.p}-unit`, name: "李四", role: "承办单位", unit: w.unit.code },
  { username: `${w.p}-station`, name: "王五", role: "联络站管理员", stations: w.station.code },
];

async function upload(actor: Actor, cells: Cells[] | Uint8Array) {
  const bytes = cells instanceof Uint8Array ? cells : await sheetWorkbook(USER_SHEET, cells);
  const { id } = await uploadImport(actor, "users", { fileName: "账号.xlsx", bytes });
  await runImports();
  return getImport(actor, id);
}

async function confirm(actor: Actor, id: string) {
  await confirmImport(actor, { importId: id });
  await runImports();
  return getImport(actor, id);
}

const ours = (w: W) =>
  db.user.findMany({
    where: { username: { startsWith: w.p } },
    orderBy: { username: "asc" },
    include: { stationsManaged: true },
  });

describe("accounts import", () => {
  it("creates accounts with one-time passwords shown once, then re-imports unchanged", async () => {
    const w = await world();
    const first = await upload(w.admin, rows(w));
    expect(first.preview!.totals).toEqual({ new: 3, changed: 0, unchanged: 0, error: 0 });
    expect(await ours(w)).toHaveLength(0);
    const done = await confirm(w.admin, first.id);
    expect(done.status).toBe("DONE");
    expect(done.result).toMatchObject({ created: 3, updated: 0 });
    expect(done.secretsWaiting).toBe(true);

    const [staff, station, unit] = await ours(w);
    expect(staff).toMatchObject({ role: "COMMITTEE_STAFF", regionId: w.region.id, mustChangePassword: true });
    expect(staff.phoneHmac).toBeNull(); // a staff phone is never a sign-in key
    expect(unit).toMatchObject({ role: "UNIT_STAFF", unitId: w.unit.id });
    expect(station.stationsManaged.map((s) => s.stationId)).toEqual([w.station.id]);

    // Stored sealed, never in the clear: not in the preview, the result or the audit rows.
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: first.id } });
    const passwords = await revealImportPasswords(w.admin, { importId: first.id });
    expect(passwords.map((p) => p.username).sort()).toEqual([staff.username, station.username, unit.username]);
    for (const p of passwords) {
      const u = await db.user.findUniqueOrThrow({ where: { username: p.username } });
      expect(await verifyPassword(u.passwordHash!, p.password)).toBe(true);
      expect(batch.secretsEnc).not.toContain(p.password);
      expect(JSON.stringify([batch.preview, batch.result])).not.toContain(p.password);
      const audits = await db.auditEvent.findMany({ where: { targetType: "User", targetId: String(u.id) } });
      expect(JSON.stringify(audits.map((a) => a.detail))).not.toContain(p.password);
    }
    // Once only: a second reveal (another tab, a reload) finds nothing, and the column is empty.
    await expect(revealImportPasswords(w.admin, { importId: first.id })).rejects.toMatchObject({
      messageKey: "importPasswordsGone",
    });
    expect((await db.importBatch.findUniqueOrThrow({ where: { id: first.id } })).secretsEnc).toBeNull();

    const again = await upload(w.admin, rows(w));
    expect(again.preview!.totals).toEqual({ new: 0, changed: 0, unchanged: 3, error: 0 });
    const back = await upload(w.admin, new Uint8Array(await exportUsers(w.admin)));
    expect(back.preview!.totals).toMatchObject({ new: 0, changed: 0, error: 0 });
  }, 120_000);

  it("changes role and scope of an existing account without touching its password, ending its sessions", async () => {
    const w = await world();
    const existing = await createStaffUser("UNIT_STAFF", { unitId: w.unit.id, username: `${w.p}-old` });
    await db.authSession.create({
      data: { id: `s-${w.p}`, userId: existing.id, expiresAt: new Date(Date.now() + 3600_000) },
    });
    const b = await upload(w.admin, [
      { username: `${w.p}-old`, name: existing.name, role: "代表工作机构", region: w.region.code },
    ]);
    expect(b.preview!.rows[0]).toMatchObject({ verdict: "changed" });
    expect(b.preview!.rows[0].changed.sort()).toEqual(["region", "role", "unit"]);
    const done = await confirm(w.admin, b.id);
    expect(done.result).toMatchObject({ created: 0, updated: 1, sessionsEnded: 1 });
    expect(done.secretsWaiting).toBe(false);
    const after = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after).toMatchObject({ role: "COMMITTEE_STAFF", regionId: w.region.id, unitId: null });
    expect(after.passwordHash).toBe(existing.passwordHash);
    expect(after.mustChangePassword).toBe(false);
    expect((await db.authSession.findUniqueOrThrow({ where: { id: `s-${w.p}` } })).revokedAt).not.toBeNull();
  });

  it("names each bad row's column and reason, leaves admins' roles to the account page, and writes nothing", async () => {
    const w = await world();
    const otherAdmin = await createStaffUser("SYSTEM_ADMIN", { username: `${w.p}-admin` });
    const b = await upload(w.admin, [
      rows(w)[0],
      { ...rows(w)[0], name: "重复" }, // 3: same username as row 2
      { username: `${w.p}-x`, name: "甲", role: "代表工作机构", region: "000000000000" }, // 4
      { username: `${w.p}-y`, name: "乙", role: "承办单位", unit: w.unit.code, region: w.region.code }, // 5
      { username: `${w.p}-z`, name: "丙", role: "代表工作机构", region: w.region.code, phone: "12345" }, // 6
      { username: "A B", name: "丁", role: "安全审计员" }, // 7
      { username: `${w.p}-admin`, name: otherAdmin.name, role: "代表工作机构", region: w.region.code }, // 8
      { username: `${w.p}-s`, name: "戊", role: "联络站管理员", stations: "NO-SUCH" }, // 9
      { username: `${w.p}-u`, name: "己", role: "承办单位" }, // 10: no unit
    ]);
    const errors = b.preview!.rows.filter((r) => r.verdict === "error");
    expect(errors.map((e) => [e.row, e.errors[0].column, e.errors[0].reason])).toEqual([
      [3, "username", "duplicate"],
      [4, "region", "regionCodeUnknown"],
      [5, "region", "notForRole"],
      [6, "phone", "mobileFormat"],
      [7, "username", "usernameFormat"],
      [8, "role", "adminRoleByHand"],
      [9, "stations", "stationCodeUnknown"],
      [10, "unit", "required"],
    ]);
    await expect(confirmImport(w.admin, { importId: b.id })).rejects.toMatchObject({ messageKey: "importHasErrors" });
    expect(await ours(w)).toHaveLength(1); // only the admin made above
  });

  it("writes all or nothing, and only the uploading admin sees the import", async () => {
    const w = await world();
    const b = await upload(w.admin, rows(w));
    // The username of row 3 is taken after the preview: the write fails and no account of the file exists.
    await createStaffUser("AUDITOR", { username: `${w.p}-station` });
    expect((await confirm(w.admin, b.id)).status).toBe("FAILED");
    expect((await ours(w)).map((u) => u.username)).toEqual([`${w.p}-station`]);

    const mine = await upload(w.admin, [rows(w)[0]]);
    const otherAdmin = actorOf(await createStaffUser("SYSTEM_ADMIN"));
    const staff = actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: w.region.id }), {
      regionPath: w.region.path,
    });
    for (const actor of [otherAdmin, staff]) {
      await expect(getImport(actor, mine.id)).rejects.toMatchObject({ code: "notFound" });
      await expect(revealImportPasswords(actor, { importId: mine.id })).rejects.toMatchObject({ code: "notFound" });
      expect(await db.auditEvent.count({ where: { actorId: actor.id, result: "DENIED", targetId: mine.id } })).toBe(2);
    }
    await expect(
      uploadImport(staff, "users", { fileName: "a.xlsx", bytes: new Uint8Array([1]) }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(exportUsers(staff)).rejects.toMatchObject({ code: "forbidden" });
  });
});
