// /staff/regions at province scale (issue 11): a level at a time, paged, or a search by name or code, always within
// the staff member's own region; changes only strictly below it, enforced by the use cases whatever the form says.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { browseRegionsForStaff, REGION_PAGE_SIZE } from "@/lib/regions/queries";
import { addRegion, renameRegion } from "@/lib/regions/manage-regions";
import { actorOf } from "../factories/loop";
import { createRegion, createStaffUser } from "../factories/users";

let seq = 0;
/** n children of `parent`, named 甲镇1…n with codes prefix + a counter. */
async function children(parent: { id: number; path: string }, n: number, prefix: string, level = "TOWNSHIP" as const) {
  const made = [];
  for (let i = 1; i <= n; i++) {
    const r = await db.region.create({
      data: {
        code: `${prefix}${String(++seq).padStart(4, "0")}`,
        name: `甲镇${i}`,
        level,
        parentId: parent.id,
        path: "/",
      },
    });
    made.push(await db.region.update({ where: { id: r.id }, data: { path: `${parent.path}${r.id}/` } }));
  }
  return made;
}

async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    return err as { code?: string; messageKey?: string };
  }
  throw new Error("expected a refusal");
}

async function world() {
  const city = await createRegion();
  const district = await createRegion(city);
  const towns = await children(district, REGION_PAGE_SIZE + 7, "3301");
  const other = await createRegion();
  const otherTowns = await children(other, 3, "4401");
  const staff = actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: city.id }), { regionPath: city.path });
  return { city, district, towns, other, otherTowns, staff };
}

describe("browsing the region tree", () => {
  it("shows one level at a time, paged, with the way down from the staff member's own region", async () => {
    const w = await world();
    const top = await browseRegionsForStaff(w.staff, {});
    expect(top.parent.id).toBe(w.city.id);
    expect(top.rows.map((r) => r.id)).toEqual([w.district.id]);
    expect(top.rows[0]._count.children).toBe(REGION_PAGE_SIZE + 7);

    const first = await browseRegionsForStaff(w.staff, { parentId: w.district.id });
    expect(first.total).toBe(REGION_PAGE_SIZE + 7);
    expect(first.rows).toHaveLength(REGION_PAGE_SIZE);
    expect(first.chain.map((r) => r.id)).toEqual([w.city.id, w.district.id]);
    const second = await browseRegionsForStaff(w.staff, { parentId: w.district.id, page: 2 });
    expect(second.rows).toHaveLength(7);
    const all = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(all)).toEqual(new Set(w.towns.map((t) => t.id)));
  });

  it("searches by name or code prefix within the staff member's region only", async () => {
    const w = await world();
    const byName = await browseRegionsForStaff(w.staff, { q: "甲镇1" });
    // 甲镇1, 甲镇10…19 and so on — and none of the other city's 甲镇1…3.
    expect(byName.rows.length).toBeGreaterThan(0);
    expect(byName.rows.every((r) => r.name.includes("甲镇1") && r.path.startsWith(w.city.path))).toBe(true);
    expect(byName.rows.map((r) => r.id)).not.toContain(w.otherTowns[0].id);

    const code = w.towns[5].code;
    const byCode = await browseRegionsForStaff(w.staff, { q: code });
    expect(byCode.rows.map((r) => r.id)).toEqual([w.towns[5].id]);
    expect(byCode.rows[0].parent?.name).toBe(w.district.name);
    expect((await browseRegionsForStaff(w.staff, { q: w.otherTowns[0].code })).total).toBe(0);
  });

  it("answers 'not found' for a region outside the staff member's own, on the record", async () => {
    const w = await world();
    expect((await rejection(browseRegionsForStaff(w.staff, { parentId: w.other.id }))).code).toBe("notFound");
    expect(
      await db.auditEvent.count({
        where: { actorId: w.staff.id, result: "DENIED", targetType: "Region", targetId: String(w.other.id) },
      }),
    ).toBe(1);
    const unit = actorOf(await createStaffUser("UNIT_STAFF"));
    expect((await rejection(browseRegionsForStaff(unit, {}))).code).toBe("forbidden");
  });
});

describe("changes only below one's own region, on the server", () => {
  it("refuses renaming one's own region or another's, and adding under another's; nothing changes", async () => {
    const w = await world();
    await renameRegion(w.staff, { regionId: String(w.towns[0].id), name: "乙镇" });
    expect((await db.region.findUniqueOrThrow({ where: { id: w.towns[0].id } })).name).toBe("乙镇");

    expect((await rejection(renameRegion(w.staff, { regionId: String(w.city.id), name: "改名" }))).code).toBe(
      "notFound",
    );
    expect((await rejection(renameRegion(w.staff, { regionId: String(w.otherTowns[0].id), name: "改名" }))).code).toBe(
      "notFound",
    );
    expect(
      (await rejection(addRegion(w.staff, { parentId: String(w.other.id), code: "440199999999", name: "新区" }))).code,
    ).toBe("notFound");
    expect((await db.region.findUniqueOrThrow({ where: { id: w.city.id } })).name).toBe(w.city.name);
    expect((await db.region.findUniqueOrThrow({ where: { id: w.otherTowns[0].id } })).name).toBe("甲镇1");
    expect(await db.region.count({ where: { code: "440199999999" } })).toBe(0);

    // Adding under the level one has opened lands there, a level down.
    const { id } = await addRegion(w.staff, { parentId: String(w.towns[1].id), code: "330199999999", name: "丙社区" });
    const made = await db.region.findUniqueOrThrow({ where: { id } });
    expect(made).toMatchObject({ parentId: w.towns[1].id, level: "COMMUNITY", path: `${w.towns[1].path}${id}/` });
  });
});
