// Handling units (承办单位): twelve city bureaus and three district ones per city.
import { CITY_UNITS, DISTRICT_UNITS } from "./data/units.ts";
import { bulkInsertReturning, must } from "./bulk.ts";
import { T } from "./tables.ts";
import { Rng } from "./prng.ts";
import { emptyActor, type CityCtx, type SeedDb } from "./types.ts";

export async function seedUnits(db: SeedDb, cities: CityCtx[], createdAt: Date): Promise<number> {
  const rng = Rng.stream("units");
  const rows: { name: string; shortName: string; regionId: number; contact: string; createdAt: Date }[] = [];
  const plan: {
    city: CityCtx;
    name: string;
    categories: (typeof CITY_UNITS)[number]["categories"];
    districtIdx: number | null;
  }[] = [];
  for (const city of cities) {
    for (const u of CITY_UNITS) {
      const name = `${city.name}${u.name}`;
      rows.push({ name, shortName: u.short, regionId: city.id, contact: `办公室 0588-8${rng.digits(7)}`, createdAt });
      plan.push({ city, name, categories: u.categories, districtIdx: null });
    }
    for (const u of DISTRICT_UNITS) {
      const district = city.districts[u.district];
      if (!district) continue;
      const name = `${city.name}${district.name}${u.name}`;
      rows.push({
        name,
        shortName: `${district.name}${u.short}`,
        regionId: district.id,
        contact: `办公室 0588-8${rng.digits(7)}`,
        createdAt,
      });
      plan.push({ city, name, categories: u.categories, districtIdx: u.district });
    }
  }
  const created = await bulkInsertReturning<(typeof rows)[number], { id: number; name: string }>(db, T.unit, rows, [
    "id",
    "name",
  ]);
  const ids = new Map(created.map((u) => [u.name, u.id]));
  for (const p of plan) {
    p.city.units.push({
      id: must(ids.get(p.name), `unit ${p.name}`),
      name: p.name,
      categories: p.categories,
      districtIdx: p.districtIdx,
      staff: emptyActor("UNIT_STAFF"),
    });
  }
  return rows.length;
}
