// 换届 (issue 11): the old term's mandates end, the re-elected get the next term, the departed lose their sign-in
// and their live session, and the old term's archive stays readable.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { toDbDate } from "@/lib/calendar/civil-date";
import { passwordLogin } from "@/lib/auth/password-login";
import { changeTerm } from "@/lib/deputies/change-term";
import { getDeputyArchiveForStaff } from "@/lib/deputies/duty-archive";
import { actorOf } from "../factories/loop";
import { createPlace } from "../factories/places";
import { createRegion, createStaffUser, TEST_PASSWORD } from "../factories/users";

const client = { ip: "203.0.113.5", userAgent: "vitest" };

async function world() {
  const { region, station } = await createPlace();
  const deputy = async (name: string) => {
    const d = await db.deputy.create({
      data: { name, code: `C${randomUUID().slice(0, 8)}`, qrToken: randomUUID().slice(0, 16) },
    });
    const m = await db.deputyMandate.create({
      data: { deputyId: d.id, level: "COUNTY", term: 18, regionId: region.id, startsOn: toDbDate("2021-01-01") },
    });
    await db.stationDeputy.create({ data: { stationId: station.id, deputyId: d.id } });
    return { d, m };
  };
  const stays = await deputy("连任代表");
  const leaves = await deputy("离任代表");
  const account = await createStaffUser("DEPUTY");
  await db.user.update({ where: { id: account.id }, data: { deputyId: leaves.d.id } });
  const staffUser = await createStaffUser("COMMITTEE_STAFF", { regionId: region.id });
  return { region, station, stays, leaves, account, staff: actorOf(staffUser, { regionPath: region.path }) };
}

const input = (w: Awaited<ReturnType<typeof world>>, reelected: string) => ({
  level: "COUNTY",
  regionId: String(w.region.id),
  term: "18",
  closesOn: "2026-12-31",
  opensOn: "2027-01-01",
  reelected,
});

describe("term change (换届)", () => {
  it("ends the old term, renews the re-elected, and stops a departed deputy from signing in", async () => {
    const w = await world();
    const login = await passwordLogin({ username: w.account.username!, password: TEST_PASSWORD }, client);
    expect(login.ok).toBe(true);
    const sessionId = login.ok ? login.sessionId : "";

    const result = await changeTerm(w.staff, input(w, w.stays.d.code!), client);
    expect(result).toEqual({ ended: 2, reelected: 1, departed: 1, accountsDisabled: 1 });

    const old = await db.deputyMandate.findMany({ where: { regionId: w.region.id, term: 18 } });
    expect(old.map((m) => m.endsOn?.toISOString().slice(0, 10))).toEqual(["2026-12-31", "2026-12-31"]);
    const renewed = await db.deputyMandate.findMany({ where: { deputyId: w.stays.d.id, term: 19 } });
    expect(renewed).toHaveLength(1);
    expect(renewed[0].startsOn?.toISOString().slice(0, 10)).toBe("2027-01-01");
    expect(await db.deputyMandate.count({ where: { deputyId: w.leaves.d.id, term: 19 } })).toBe(0);

    // The departed deputy: account disabled, live session ended, sign-in refused; the person record stays.
    expect((await db.user.findUniqueOrThrow({ where: { id: w.account.id } })).disabledAt).not.toBeNull();
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).not.toBeNull();
    const again = await passwordLogin({ username: w.account.username!, password: TEST_PASSWORD }, client);
    expect(again.ok).toBe(false);
    expect(await db.deputy.findUnique({ where: { id: w.leaves.d.id } })).toMatchObject({ active: false });

    // The old term's archive is still there, under that term.
    const archive = await getDeputyArchiveForStaff(w.staff, w.leaves.d.id, w.leaves.m.id);
    expect(archive.mandate).toMatchObject({ term: 18, endsOn: "2026-12-31" });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "deputy.termChange", actorId: w.staff.id } });
    expect(audit.detail).toMatchObject({ departedDeputyIds: [w.leaves.d.id], disabledUserIds: [w.account.id] });
  });

  it("refuses unknown re-elected codes, other regions' staff, and roles without the permission; nothing changes", async () => {
    const w = await world();
    await expect(changeTerm(w.staff, input(w, "NOSUCH"), client)).rejects.toMatchObject({
      messageKey: "reelectedUnknown",
    });
    const other = await createRegion();
    const otherStaff = actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: other.id }), {
      regionPath: other.path,
    });
    await expect(changeTerm(otherStaff, input(w, ""), client)).rejects.toMatchObject({ code: "notFound" });
    for (const role of ["UNIT_STAFF", "RESIDENT", "DEPUTY"] as const) {
      const a = actorOf(await createStaffUser(role));
      await expect(changeTerm(a, input(w, ""), client)).rejects.toMatchObject({ code: "forbidden" });
      expect(await db.auditEvent.count({ where: { actorId: a.id, result: "DENIED" } })).toBe(1);
    }
    expect(await db.auditEvent.count({ where: { actorId: otherStaff.id, result: "DENIED" } })).toBe(1);
    expect(await db.deputyMandate.count({ where: { regionId: w.region.id, endsOn: { not: null } } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: w.account.id } })).disabledAt).toBeNull();
  });
});
