// Committee staff administer stations, units, categories and regions within their region (issue 11): the
// register's rules (code, 家—站—点 tree, plausible point, assessments), scope (another region's staff see
// nothing), refusals that change nothing and leave a DENIED audit row, and a closed station leaving public view.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bookSession } from "@/lib/reception/book-session";
import { listPublicStations, publicStationPoints } from "@/lib/stations/queries";
import { closeStation, createStation, editStation } from "@/lib/stations/manage-stations";
import { recordAssessment } from "@/lib/stations/record-assessment";
import { assignStationAdmins } from "@/lib/stations/assign-admins";
import { listStationsForStaff, stationForStaff } from "@/lib/stations/staff-queries";
import { createUnit, editUnit, setUnitActive } from "@/lib/units/manage-units";
import { listUnitsForStaff } from "@/lib/units/queries";
import { createCategory, editCategory } from "@/lib/categories/manage-categories";
import { addRegion, renameRegion } from "@/lib/regions/manage-regions";
import { regionTreeForStaff } from "@/lib/regions/queries";
import type { Actor } from "@/lib/auth/permissions";
import { actorOf } from "../factories/loop";
import { bookInput, createReceptionWorld, createResidents } from "../factories/reception";
import { createRegion, createStaffUser } from "../factories/users";

const code = () => `T${randomUUID().slice(0, 8).toUpperCase()}`;

async function staffWorld() {
  const region = await createRegion();
  const district = await createRegion(region);
  const staff = actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: region.id }), {
    regionPath: region.path,
  });
  return { region, district, staff };
}

const stationInput = (regionId: number, over: Record<string, unknown> = {}) => ({
  code: code(),
  name: `测试站${randomUUID().slice(0, 4)}`,
  kind: "STATION",
  regionId: String(regionId),
  address: "江州市测试路 1 号",
  lat: "30.2512",
  lng: "120.1634",
  openingHours: "周一至周五 9:00-17:00",
  contactPhone: "0571-88886666",
  ...over,
});

async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    return err as { code?: string; messageKey?: string };
  }
  throw new Error("expected a refusal");
}

async function deniedRows(actor: Actor) {
  return db.auditEvent.count({ where: { actorId: actor.id, result: "DENIED", action: "permission.denied" } });
}

describe("stations in the staff register", () => {
  it("creates, edits and closes a station in region, auditing before and after", async () => {
    const w = await staffWorld();
    const input = stationInput(w.district.id);
    const { id } = await createStation(w.staff, input);
    const created = await db.station.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ code: input.code, kind: "STATION", regionId: w.district.id, active: true });

    await editStation(w.staff, { ...input, stationId: String(id), name: "改名后的联络站", openingHours: "每周三" });
    expect((await db.station.findUniqueOrThrow({ where: { id } })).name).toBe("改名后的联络站");
    const edit = await db.auditEvent.findFirstOrThrow({ where: { action: "station.edit", targetId: String(id) } });
    expect(edit.detail).toMatchObject({ before: { name: input.name }, after: { name: "改名后的联络站" } });

    // The same code twice is refused by the database's unique key, in Chinese via the catalog key.
    const dup = await rejection(createStation(w.staff, stationInput(w.district.id, { code: input.code })));
    expect(dup.messageKey).toBe("places.codeTaken");

    await closeStation(w.staff, { stationId: String(id), closedOn: "2026-12-01", reason: "场地搬迁，合并到新站" });
    const closed = await db.station.findUniqueOrThrow({ where: { id } });
    expect(closed.active).toBe(false);
    expect(closed.closedOn?.toISOString().slice(0, 10)).toBe("2026-12-01");
    const again = await rejection(
      closeStation(w.staff, { stationId: String(id), closedOn: "2026-12-02", reason: "再次关闭" }),
    );
    expect(again.messageKey).toBe("places.alreadyClosed");
  });

  it("refuses a cycle and a wrong parent in 家—站—点", async () => {
    const w = await staffWorld();
    const home = await createStation(w.staff, stationInput(w.district.id, { kind: "HOME" }));
    const station = await createStation(w.staff, stationInput(w.district.id, { parentId: String(home.id) }));
    const point = await createStation(
      w.staff,
      stationInput(w.district.id, { kind: "POINT", parentId: String(station.id) }),
    );

    // A station that is its own parent, and a home placed under its own station: both refused, nothing changes.
    const self = await rejection(
      editStation(w.staff, {
        ...stationInput(w.district.id),
        stationId: String(station.id),
        parentId: String(station.id),
      }),
    );
    expect(self.messageKey).toBe("places.parentCycle");
    const loop = await rejection(
      editStation(w.staff, {
        ...stationInput(w.district.id),
        kind: "HOME",
        stationId: String(home.id),
        parentId: String(station.id),
      }),
    );
    expect(loop.code).toBe("invalid");
    // A station with points cannot turn into a point (the points would have nowhere to belong).
    const misfit = await rejection(
      editStation(w.staff, {
        ...stationInput(w.district.id),
        kind: "POINT",
        stationId: String(station.id),
        parentId: String(point.id),
      }),
    );
    expect(misfit.code).toBe("invalid");
    expect((await db.station.findUniqueOrThrow({ where: { id: home.id } })).parentId).toBeNull();
    expect((await db.station.findUniqueOrThrow({ where: { id: station.id } })).parentId).toBe(home.id);
    // A point needs a station.
    const orphan = await rejection(createStation(w.staff, stationInput(w.district.id, { kind: "POINT" })));
    expect(orphan.messageKey).toBe("places.pointNeedsStation");
  });

  it("refuses a point outside the plausible area, with a Chinese message", async () => {
    const w = await staffWorld();
    const before = await db.station.count();
    // Latitude and longitude swapped: outside China.
    const swapped = await rejection(
      createStation(w.staff, stationInput(w.district.id, { lat: "120.16", lng: "30.25" })),
    );
    expect(swapped.messageKey).toBe("places.pointOutsideChina");
    const outside = await rejection(createStation(w.staff, stationInput(w.district.id, { lat: "48.85", lng: "2.35" })));
    expect(outside.messageKey).toBe("places.pointOutsideChina");
    // With a station in the region, a point in China but 1,000 km away is taken for a mistake.
    await createStation(w.staff, stationInput(w.district.id));
    const far = await rejection(createStation(w.staff, stationInput(w.district.id, { lat: "39.90", lng: "116.40" })));
    expect(far.messageKey).toBe("places.pointTooFar");
    expect(await db.station.count()).toBe(before + 1);
    const zh = (await import("@/lib/i18n/messages/zh-CN/places.json")).default.errors.places;
    expect(zh.pointOutsideChina).toMatch(/中国境内/);
    expect(zh.pointTooFar).toMatch(/公里/);
  });

  it("an assessment record sets the level and 六有, and the history keeps every one", async () => {
    const w = await staffWorld();
    const { id } = await createStation(w.staff, stationInput(w.district.id));
    await recordAssessment(w.staff, {
      stationId: String(id),
      assessedOn: "2025-06-01",
      assessorName: "市人大代表工委",
      level: "2",
      hasVenue: "on",
      hasStaff: "on",
    });
    await recordAssessment(w.staff, {
      stationId: String(id),
      assessedOn: "2026-06-01",
      assessorName: "市人大代表工委",
      level: "4",
      hasVenue: "on",
      hasStaff: "on",
      hasRules: "on",
      hasActivities: "on",
      notes: "制度上墙，活动常态化",
    });
    // Entered late but dated earlier: kept in the history, does not overwrite the newer level.
    await recordAssessment(w.staff, {
      stationId: String(id),
      assessedOn: "2024-01-01",
      assessorName: "区工委",
      level: "1",
    });
    const s = await db.station.findUniqueOrThrow({ where: { id } });
    expect(s).toMatchObject({ starLevel: 4, hasVenue: true, hasRules: true, hasActivities: true, hasFunding: false });
    const view = await stationForStaff(w.staff, id);
    expect(view?.assessments.map((a) => a.level)).toEqual([4, 2, 1]);
    const bad = await rejection(
      recordAssessment(w.staff, { stationId: String(id), assessedOn: "2026-07-01", assessorName: "x", level: "6" }),
    );
    expect(bad.code).toBeUndefined(); // a ZodError: the form shows it on the field
    expect((await db.station.findUniqueOrThrow({ where: { id } })).starLevel).toBe(4);
  });

  it("assigns existing station-admin accounts only", async () => {
    const w = await staffWorld();
    const { id } = await createStation(w.staff, stationInput(w.district.id));
    const admin = await createStaffUser("STATION_ADMIN");
    const unitUser = await createStaffUser("UNIT_STAFF");
    await assignStationAdmins(w.staff, { stationId: String(id), userIds: [String(admin.id)] });
    expect(await db.stationAdmin.count({ where: { stationId: id, userId: admin.id } })).toBe(1);
    const wrong = await rejection(
      assignStationAdmins(w.staff, { stationId: String(id), userIds: [String(unitUser.id)] }),
    );
    expect(wrong.messageKey).toBe("places.adminNotFound");
    expect(await db.stationAdmin.count({ where: { stationId: id } })).toBe(1);
  });
});

describe("scope: another region's staff, units and residents", () => {
  it("staff of another region cannot see or change this region's stations, units or regions", async () => {
    const w = await staffWorld();
    const other = await staffWorld();
    const { id } = await createStation(w.staff, stationInput(w.district.id));
    const unit = await createUnit(w.staff, {
      code: code(),
      name: `区交通局${randomUUID().slice(0, 6)}`,
      regionId: String(w.district.id),
    });

    expect((await listStationsForStaff(other.staff, { page: 1 })).rows.map((s) => s.id)).not.toContain(id);
    expect(await stationForStaff(other.staff, id)).toBeNull();
    expect((await listUnitsForStaff(other.staff)).map((u) => u.id)).not.toContain(unit.id);
    expect((await regionTreeForStaff(other.staff)).map((r) => r.id)).not.toContain(w.district.id);

    const denied = await deniedRows(other.staff);
    const refusals = await Promise.all([
      rejection(editStation(other.staff, { ...stationInput(other.district.id), stationId: String(id) })),
      rejection(closeStation(other.staff, { stationId: String(id), closedOn: "2026-12-01", reason: "越权关闭" })),
      rejection(
        recordAssessment(other.staff, {
          stationId: String(id),
          assessedOn: "2026-01-01",
          assessorName: "某",
          level: "5",
        }),
      ),
      rejection(createStation(other.staff, stationInput(w.district.id))),
      rejection(
        editUnit(other.staff, {
          unitId: String(unit.id),
          code: code(),
          name: "改名",
          regionId: String(other.district.id),
        }),
      ),
      rejection(setUnitActive(other.staff, { unitId: String(unit.id), active: "false" })),
      rejection(
        createUnit(other.staff, {
          code: code(),
          name: `越权单位${randomUUID().slice(0, 6)}`,
          regionId: String(w.district.id),
        }),
      ),
      rejection(renameRegion(other.staff, { regionId: String(w.district.id), name: "越权改名" })),
      rejection(addRegion(other.staff, { parentId: String(w.district.id), code: "330102999", name: "越权街道" })),
    ]);
    for (const r of refusals) expect(r.code).toBe("notFound");
    expect(await deniedRows(other.staff)).toBe(denied + refusals.length);
    const s = await db.station.findUniqueOrThrow({ where: { id } });
    expect(s).toMatchObject({ active: true, starLevel: 1 });
    expect((await db.handlingUnit.findUniqueOrThrow({ where: { id: unit.id } })).active).toBe(true);
    expect((await db.region.findUniqueOrThrow({ where: { id: w.district.id } })).name).toBe(w.district.name);
  });

  it("a unit, a resident or a station admin calling the use cases gets forbidden / not found, with a DENIED row", async () => {
    const w = await staffWorld();
    const { id } = await createStation(w.staff, stationInput(w.district.id));
    const unitUser = actorOf(await createStaffUser("UNIT_STAFF"));
    const resident = actorOf(await createStaffUser("RESIDENT"));
    const stationAdmin = actorOf(await createStaffUser("STATION_ADMIN"), { stationIds: [id] });
    for (const actor of [unitUser, resident]) {
      const before = await deniedRows(actor);
      const refusals = await Promise.all([
        rejection(createStation(actor, stationInput(w.district.id))),
        rejection(editStation(actor, { ...stationInput(w.district.id), stationId: String(id) })),
        rejection(closeStation(actor, { stationId: String(id), closedOn: "2026-12-01", reason: "不该发生" })),
        rejection(createUnit(actor, { code: code(), name: "越权", regionId: String(w.district.id) })),
        rejection(createCategory(actor, { code: code(), name: "越权", sortOrder: "1" })),
        rejection(addRegion(actor, { parentId: String(w.region.id), code: "330199999", name: "越权" })),
      ]);
      for (const r of refusals) expect(r.code).toBe("forbidden");
      expect(await deniedRows(actor)).toBe(before + refusals.length);
    }
    // A station admin holds station.manage for their own station only: administering it is the committee's.
    const adminBefore = await deniedRows(stationAdmin);
    const adminTries = await Promise.all([
      rejection(closeStation(stationAdmin, { stationId: String(id), closedOn: "2026-12-01", reason: "不该发生" })),
      rejection(createStation(stationAdmin, stationInput(w.district.id))),
    ]);
    for (const r of adminTries) expect(r.code).toBe("notFound");
    expect(await deniedRows(stationAdmin)).toBe(adminBefore + 2);
    expect((await db.station.findUniqueOrThrow({ where: { id } })).active).toBe(true);
  });

  it("categories are global: any committee staff edit them, with the default lead unit as data", async () => {
    const w = await staffWorld();
    const other = await staffWorld();
    const unit = await createUnit(w.staff, {
      code: code(),
      name: `市城管局${randomUUID().slice(0, 6)}`,
      regionId: String(w.region.id),
    });
    const c = await createCategory(w.staff, {
      code: code(),
      name: "市容环境",
      sortOrder: "5",
      defaultUnitId: String(unit.id),
    });
    await editCategory(other.staff, {
      categoryId: String(c.id),
      code: code(),
      name: "市容环卫",
      sortOrder: "6",
      defaultUnitId: "",
    });
    const after = await db.category.findUniqueOrThrow({ where: { id: c.id } });
    expect(after).toMatchObject({ name: "市容环卫", sortOrder: 6, defaultUnitId: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "category.edit", targetId: String(c.id) } });
    expect(audit.detail).toMatchObject({
      before: { name: "市容环境", defaultUnitId: unit.id },
      after: { name: "市容环卫" },
    });
  });

  it("regions: staff add a child below their region and rename it, never their own region", async () => {
    const w = await staffWorld();
    const regionCode = String(Date.now()).slice(-12);
    const { id } = await addRegion(w.staff, { parentId: String(w.district.id), code: regionCode, name: "新建街道" });
    const r = await db.region.findUniqueOrThrow({ where: { id } });
    expect(r).toMatchObject({ level: "TOWNSHIP", path: `${w.district.path}${id}/` });
    await renameRegion(w.staff, { regionId: String(id), name: "新建街道（更名）" });
    expect((await db.region.findUniqueOrThrow({ where: { id } })).name).toBe("新建街道（更名）");
    const dup = await rejection(
      addRegion(w.staff, { parentId: String(w.district.id), code: regionCode, name: "重复" }),
    );
    expect(dup.messageKey).toBe("places.regionCodeTaken");
    const own = await rejection(renameRegion(w.staff, { regionId: String(w.region.id), name: "改自己" }));
    expect(own.code).toBe("notFound");
  });
});

describe("the public list at scale", () => {
  it("filters by area and kind and pages; the map points follow the same filters", async () => {
    const w = await staffWorld();
    const ids: number[] = [];
    for (let i = 0; i < 30; i++)
      ids.push((await createStation(w.staff, stationInput(w.district.id, { lat: String(30.25 + i / 1000) }))).id);
    const point = await createStation(
      w.staff,
      stationInput(w.district.id, { kind: "POINT", parentId: String(ids[0]) }),
    );
    const first = await listPublicStations({ area: w.district.id });
    expect(first.total).toBe(31);
    expect(first.rows).toHaveLength(24);
    const second = await listPublicStations({ area: w.district.id, page: 2 });
    expect(second.rows).toHaveLength(7);
    expect(new Set([...first.rows, ...second.rows].map((s) => s.id)).size).toBe(31);
    const points = await listPublicStations({ area: w.district.id, kind: "POINT" });
    expect(points.rows.map((s) => s.id)).toEqual([point.id]);
    const map = await publicStationPoints({ area: w.district.id, kind: "POINT" });
    expect(map).toEqual([[point.id, expect.any(Number), expect.any(Number), expect.any(String)]]);
  });
});

describe("a closed station to the public", () => {
  it("disappears from the public list and refuses bookings", async () => {
    const rw = await createReceptionWorld();
    const [resident] = await createResidents(1);
    expect((await listPublicStations({ q: rw.station.name })).rows.map((s) => s.id)).toContain(rw.station.id);
    await closeStation(rw.staff, { stationId: String(rw.station.id), closedOn: "2026-12-01", reason: "站点撤并" });
    expect((await listPublicStations({ q: rw.station.name })).rows.map((s) => s.id)).not.toContain(rw.station.id);
    expect((await publicStationPoints({ area: rw.region.id })).map((p) => p[0])).not.toContain(rw.station.id);
    const refused = await rejection(bookSession(resident, bookInput(rw.session.id)));
    expect(refused.code).toBe("notFound");
    expect(await db.booking.count({ where: { sessionId: rw.session.id } })).toBe(0);
  });
});
