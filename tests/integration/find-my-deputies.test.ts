// 找我的代表: the deputies elected at a township and every region above it, by level, newest term, active only.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deputiesElectedAt, townshipsOf } from "@/lib/deputies/deputies-elected-at";
import type { DeputyLevel, RegionLevel } from "@/lib/generated/prisma/enums";

let n = 0;
async function region(level: RegionLevel, parent?: { id: number; path: string }) {
  const r = await db.region.create({
    data: {
      code: `9${Date.now().toString().slice(-8)}${++n}`.slice(0, 12),
      name: `${level}${n}`,
      level,
      parentId: parent?.id,
      path: "/",
    },
  });
  return db.region.update({ where: { id: r.id }, data: { path: `${parent?.path ?? "/"}${r.id}/` } });
}

async function deputy(
  name: string,
  mandates: { level: DeputyLevel; regionId: number; term?: number; endsOn?: Date }[],
  active = true,
) {
  return db.deputy.create({
    data: {
      name,
      active,
      qrToken: randomUUID().slice(0, 16),
      mandates: { create: mandates.map((m) => ({ term: 17, ...m })) },
    },
  });
}

describe("find my deputies", () => {
  it("lists the deputies of every level elected at a township and above it, nearest level first", async () => {
    const province = await region("PROVINCE");
    const city = await region("CITY", province);
    const district = await region("DISTRICT", city);
    const town = await region("TOWNSHIP", district);
    const otherTown = await region("TOWNSHIP", district);
    const community = await region("COMMUNITY", town);

    const national = await deputy("全国代表", [{ level: "NATIONAL", regionId: province.id, term: 14 }]);
    const provincial = await deputy("省代表", [{ level: "PROVINCIAL", regionId: city.id, term: 14 }]);
    const cityDeputy = await deputy("市代表", [{ level: "CITY", regionId: district.id, term: 16 }]);
    // Two mandates: county and township deputy at once, listed under both levels.
    const both = await deputy("区镇代表", [
      { level: "COUNTY", regionId: district.id },
      { level: "TOWNSHIP", regionId: town.id, term: 19 },
    ]);
    const townDeputy = await deputy("镇代表", [{ level: "TOWNSHIP", regionId: town.id, term: 19 }]);
    // Not here: the next township's deputy, a deputy no longer active, a mandate that ended, the previous term.
    await deputy("邻镇代表", [{ level: "TOWNSHIP", regionId: otherTown.id, term: 19 }]);
    await deputy("停用代表", [{ level: "COUNTY", regionId: district.id }], false);
    await deputy("已届满代表", [{ level: "COUNTY", regionId: district.id, endsOn: new Date("2020-01-01") }]);
    await deputy("上届代表", [{ level: "COUNTY", regionId: district.id, term: 16 }]);

    const found = await deputiesElectedAt(town.id);
    const names = Object.fromEntries(found!.levels.map((l) => [l.level, l.deputies.map((d) => d.name)]));
    expect(found!.levels.map((l) => l.level)).toEqual(["TOWNSHIP", "COUNTY", "CITY", "PROVINCIAL", "NATIONAL"]);
    expect(names).toEqual({
      TOWNSHIP: [both.name, townDeputy.name],
      COUNTY: [both.name],
      CITY: [cityDeputy.name],
      PROVINCIAL: [provincial.name],
      NATIONAL: [national.name],
    });
    // A community sees its township's deputies too; the district sees no township deputies.
    const fromCommunity = await deputiesElectedAt(community.id);
    expect(fromCommunity!.levels.find((l) => l.level === "TOWNSHIP")!.deputies.map((d) => d.name)).toEqual([
      both.name,
      townDeputy.name,
    ]);
    const fromDistrict = await deputiesElectedAt(district.id);
    expect(fromDistrict!.levels.find((l) => l.level === "TOWNSHIP")!.deputies).toEqual([]);
    expect(fromDistrict!.levels.find((l) => l.level === "COUNTY")!.deputies.map((d) => d.name)).toEqual([both.name]);

    expect((await townshipsOf(district.id)).map((t) => t.id)).toEqual([town.id, otherTown.id]);
    expect(await deputiesElectedAt(2_000_000_000)).toBeNull();
  });
});
