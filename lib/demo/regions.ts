// Fictional cities → districts/counties → townships/streets → communities/villages, with 12-digit codes
// shaped like the real 行政区划代码 (2 province + 2 city + 2 county + 3 township + 3 village).
import {
  CITY_NAMES,
  CITY_PREFIXES,
  CITY_SUFFIXES,
  COMMUNITY_SUFFIXES_RURAL,
  COMMUNITY_SUFFIXES_URBAN,
  DISTRICTS,
  PLACE_ROOTS,
  PROVINCE_CODES,
  PROVINCE_NAMES,
} from "./data/places.ts";
import { bulkInsertReturning, must } from "./bulk.ts";
import { T } from "./tables.ts";
import { Rng } from "./prng.ts";
import { emptyActor, type CityCtx, type SeedDb } from "./types.ts";
import type { RegionLevel } from "../generated/prisma/enums.ts";

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** The fixed names first, then generated ones, skipping any already taken (unit names embed the city's). */
function cityNames(count: number): string[] {
  const names = new Set<string>(CITY_NAMES.slice(0, count));
  for (let k = 0; names.size < count; k++) {
    const base = `${CITY_PREFIXES[k % CITY_PREFIXES.length]}${CITY_SUFFIXES[Math.floor(k / CITY_PREFIXES.length) % CITY_SUFFIXES.length]}`;
    const round = Math.floor(k / (CITY_PREFIXES.length * CITY_SUFFIXES.length));
    names.add(round === 0 ? `${base}市` : `${base}${round + 1}市`);
  }
  return [...names];
}

function cityCode(i: number): string {
  const province = PROVINCE_CODES[Math.floor(i / 99)];
  if (!province) throw new Error("demo seed: size too large for the fictional region codes (at most 990 cities)");
  return `${province}${pad((i % 99) + 1, 2)}`;
}

/** City 0 sits where the brief puts it (lat 30.2–30.4, lng 120.0–120.3); others spread over a grid around it. */
function cityCentre(i: number): { lat: number; lng: number } {
  if (i === 0) return { lat: 30.29, lng: 120.16 };
  return { lat: 30.29 + ((i % 9) - 4) * 0.45, lng: 120.16 - (Math.floor(i / 9) % 20) * 0.55 + (i % 3) * 0.1 };
}

interface Row {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export async function seedRegions(db: SeedDb, size: number): Promise<{ cities: CityCtx[]; count: number }> {
  const rng = Rng.stream("regions");
  // Province, city, district, township, community: the cities sit under a province (docs/decisions/0047), so
  // scope by path prefix works for a provincial committee as for a city's.
  const levels: Row[][] = [[], [], [], [], []];
  const cities: CityCtx[] = [];
  type Pending = { city: CityCtx; codes: { district: string[]; township: string[][]; community: string[][][] } };
  const pending: Pending[] = [];

  const names = cityNames(size);
  for (let c = 0; c < size; c++) {
    const prefix = cityCode(c);
    const centre = cityCentre(c);
    const name = names[c];
    const city: CityCtx = {
      index: c,
      id: 0,
      name,
      ...centre,
      districts: [],
      units: [],
      stations: [],
      deputies: [],
      residents: [],
      staff: emptyActor("COMMITTEE_STAFF"),
      leader: emptyActor("LEADER"),
    };
    const codes: Pending["codes"] = { district: [], township: [], community: [] };
    const provinceCode = `${prefix.slice(0, 2)}0000000000`;
    if (!levels[0].some((r) => r.code === provinceCode)) {
      const p = PROVINCE_CODES.indexOf(prefix.slice(0, 2) as (typeof PROVINCE_CODES)[number]);
      levels[0].push({ code: provinceCode, name: PROVINCE_NAMES[p], level: "PROVINCE", parentCode: null });
    }
    levels[1].push({ code: `${prefix}00000000`, name, level: "CITY", parentCode: provinceCode });
    const picks =
      c === 0 ? DISTRICTS.slice(0, 6) : Array.from({ length: 6 }, (_, j) => DISTRICTS[(c + j) % DISTRICTS.length]);
    picks.forEach((d, j) => {
      const dCode = `${prefix}${pad(d.urban ? j + 2 : 20 + j, 2)}`;
      const angle = (j / picks.length) * 2 * Math.PI + rng.float(-0.3, 0.3);
      const radius = j === 0 ? 0.015 : rng.float(0.045, 0.085);
      city.districts.push({
        id: 0,
        name: d.name,
        urban: d.urban,
        townships: [],
        lat: centre.lat + radius * Math.sin(angle) * 0.9,
        lng: centre.lng + radius * Math.cos(angle) * 1.3,
      });
      levels[2].push({ code: `${dCode}000000`, name: d.name, level: "DISTRICT", parentCode: `${prefix}00000000` });
      codes.district.push(`${dCode}000000`);
      const roots = rng.sample(PLACE_ROOTS, d.urban ? rng.int(6, 8) : rng.int(5, 7));
      const tCodes: string[] = [];
      const cCodes: string[][] = [];
      roots.forEach((root, k) => {
        const town = d.urban ? "街道" : rng.chance(0.8) ? "镇" : "乡";
        const tCode = `${dCode}${pad((d.urban ? 1 : town === "镇" ? 101 : 201) + k, 3)}`;
        city.districts[j].townships.push({ id: 0, name: `${root}${town}`, communities: [] });
        levels[3].push({
          code: `${tCode}000`,
          name: `${root}${town}`,
          level: "TOWNSHIP",
          parentCode: `${dCode}000000`,
        });
        tCodes.push(`${tCode}000`);
        const list: string[] = [];
        const cRoots = rng.sample(
          PLACE_ROOTS.filter((r) => r !== root),
          rng.int(3, 5),
        );
        cRoots.forEach((cRoot, m) => {
          const suffix = rng.pick(d.urban ? COMMUNITY_SUFFIXES_URBAN : COMMUNITY_SUFFIXES_RURAL);
          const cCode = `${tCode}${pad((suffix === "村" ? 201 : 1) + m, 3)}`;
          city.districts[j].townships[k].communities.push({ id: 0, name: `${cRoot}${suffix}` });
          levels[4].push({ code: cCode, name: `${cRoot}${suffix}`, level: "COMMUNITY", parentCode: `${tCode}000` });
          list.push(cCode);
        });
        cCodes.push(list);
      });
      codes.township.push(tCodes);
      codes.community.push(cCodes);
    });
    cities.push(city);
    pending.push({ city, codes });
  }

  // Insert level by level so each parent's id is known; `path` is filled by one UPDATE per level.
  const ids = new Map<string, number>();
  for (const rows of levels) {
    const data = rows.map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level,
      path: "",
      parentId: r.parentCode ? must(ids.get(r.parentCode), `region ${r.parentCode}`) : null,
    }));
    const created = await bulkInsertReturning<(typeof data)[number], { id: number; code: string }>(db, T.region, data, [
      "id",
      "code",
    ]);
    for (const r of created) ids.set(r.code, r.id);
  }
  await db.$executeRaw`UPDATE "Region" SET path = '/' || id || '/' WHERE "parentId" IS NULL AND path = ''`;
  for (let level = 1; level < levels.length; level++) {
    await db.$executeRaw`UPDATE "Region" c SET path = p.path || c.id || '/' FROM "Region" p
      WHERE c."parentId" = p.id AND c.path = '' AND p.path <> ''`;
  }

  for (const { city, codes } of pending) {
    city.id = must(ids.get(`${cityCode(city.index)}00000000`), "city id");
    city.districts.forEach((d, j) => {
      d.id = must(ids.get(codes.district[j]), "district id");
      d.townships.forEach((t, k) => {
        t.id = must(ids.get(codes.township[j][k]), "township id");
        t.communities.forEach((cm, m) => (cm.id = must(ids.get(codes.community[j][k][m]), "community id")));
      });
    });
  }
  return { cities, count: ids.size };
}
