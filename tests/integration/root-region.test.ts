// The top of a real installation's tree (npm run region:create-root): a new province, and a city install
// adopted under it with every path rewritten, so staff scope by prefix keeps working (docs/decisions/0047).
// Its own file: re-rooting rewrites every region of the (per-file) test database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createRootRegion } from "@/lib/regions/create-root-region";
import { listStationsForStaff } from "@/lib/stations/staff-queries";
import { actorOf } from "../factories/loop";
import { createPlace } from "../factories/places";
import { createRegion, createStaffUser } from "../factories/users";

describe("the root region", () => {
  it("adopts the existing cities under a new province, rewriting paths; province staff see across cities", async () => {
    const a = await createPlace();
    const b = await createPlace();
    const district = await createRegion(a.region);
    const { id, adopted } = await createRootRegion({
      code: "390000000000",
      name: "江南省",
      level: "PROVINCE",
      adopt: true,
    });
    expect(adopted).toBeGreaterThanOrEqual(2);
    const province = await db.region.findUniqueOrThrow({ where: { id } });
    expect(province).toMatchObject({ path: `/${id}/`, parentId: null, level: "PROVINCE" });
    const cityA = await db.region.findUniqueOrThrow({ where: { id: a.region.id } });
    expect(cityA).toMatchObject({ parentId: id, path: `/${id}${a.region.path}` });
    expect((await db.region.findUniqueOrThrow({ where: { id: district.id } })).path).toBe(`/${id}${district.path}`);
    expect(await db.region.count({ where: { parentId: null } })).toBe(1);

    const staff = await createStaffUser("COMMITTEE_STAFF", { regionId: id });
    const seen = await listStationsForStaff(actorOf(staff, { regionPath: province.path }), { page: 1 });
    expect(seen.rows.map((s) => s.id)).toEqual(expect.arrayContaining([a.station.id, b.station.id]));
    const cityStaff = actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: a.region.id }), {
      regionPath: cityA.path,
    });
    const citySeen = (await listStationsForStaff(cityStaff, { page: 1 })).rows.map((s) => s.id);
    expect(citySeen).toContain(a.station.id);
    expect(citySeen).not.toContain(b.station.id);
  });

  it("refuses a bad code and leaves the tree alone", async () => {
    const before = await db.region.count();
    await expect(createRootRegion({ code: "39x", name: "江南省", level: "PROVINCE" })).rejects.toMatchObject({
      messageKey: "places.regionCode",
    });
    expect(await db.region.count()).toBe(before);
  });
});
