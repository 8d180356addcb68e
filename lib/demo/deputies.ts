// Deputies of all five levels (150 per city), their mandates (届) and the stations they sit at.
import { BIO_TEMPLATE } from "./data/texts.ts";
import { FOCUS_AREAS, OCCUPATIONS, PROFESSIONAL_GROUPS } from "./data/names.ts";
import { bulkInsert, bulkInsertReturning, must } from "./bulk.ts";
import { T } from "./tables.ts";
import { personName } from "./people.ts";
import { Rng } from "./prng.ts";
import { dateOnly } from "./time.ts";
import { emptyActor, type CityCtx, type DeputyCtx, type SeedDb } from "./types.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { DeputyLevel } from "../generated/prisma/enums.ts";

export const TERMS: Record<DeputyLevel, number> = { NATIONAL: 14, PROVINCIAL: 14, CITY: 16, COUNTY: 18, TOWNSHIP: 19 };
const PER_CITY: readonly [DeputyLevel, number][] = [
  ["NATIONAL", 3],
  ["PROVINCIAL", 10],
  ["CITY", 40],
  ["COUNTY", 55],
  ["TOWNSHIP", 42],
];
const SECOND: Partial<Record<DeputyLevel, DeputyLevel>> = { PROVINCIAL: "CITY", CITY: "COUNTY", COUNTY: "TOWNSHIP" };

export interface DeputyCounts {
  deputies: number;
  mandates: number;
  stationDeputies: number;
}

export async function seedDeputies(
  db: SeedDb,
  cities: CityCtx[],
  groupIds: number[],
  today: number,
  createdAt: Date,
): Promise<DeputyCounts> {
  const rng = Rng.stream("deputies");
  const rows: Prisma.DeputyCreateManyInput[] = [];
  const plans: {
    city: CityCtx;
    token: string;
    ctx: Omit<DeputyCtx, "id">;
    mandates: Omit<Prisma.DeputyMandateCreateManyInput, "deputyId">[];
  }[] = [];

  for (const city of cities) {
    for (const [level, count] of PER_CITY) {
      for (let n = 0; n < count; n++) {
        const gender = rng.chance(0.66) ? "男" : "女";
        const name = personName(rng, gender);
        const occupation = rng.pick(OCCUPATIONS);
        const groupIdx = rng.int(0, groupIds.length - 1);
        const districtIdx = rng.int(0, city.districts.length - 1);
        const district = city.districts[districtIdx];
        const token = rng.token(22);
        const mandateFor = (lvl: DeputyLevel) => {
          const township = rng.pick(district.townships);
          const regionId =
            lvl === "NATIONAL" || lvl === "PROVINCIAL" ? city.id : lvl === "TOWNSHIP" ? township.id : district.id;
          const constituency =
            lvl === "NATIONAL" || lvl === "PROVINCIAL"
              ? `${city.name}代表团`
              : lvl === "CITY"
                ? `${district.name}代表团`
                : lvl === "COUNTY"
                  ? `第${rng.int(1, 40)}选区（${township.name}）`
                  : `第${rng.int(1, 25)}选区（${rng.pick(township.communities).name}）`;
          return { level: lvl, term: TERMS[lvl], regionId, constituency };
        };
        const mandates = [mandateFor(level)];
        const second = SECOND[level];
        if (second && rng.chance(0.2)) mandates.push(mandateFor(second));
        const bio = BIO_TEMPLATE.replace("{occupation}", occupation)
          .replace("{group}", PROFESSIONAL_GROUPS[groupIdx])
          .replace("{focus}", rng.sample(FOCUS_AREAS, 2).join("、"));
        rows.push({
          name,
          gender,
          occupation,
          groupId: groupIds[groupIdx],
          bio,
          qrToken: token,
          active: rng.chance(0.98),
          createdAt,
        });
        plans.push({
          city,
          token,
          mandates,
          ctx: { name, level, term: TERMS[level], districtIdx, stationIds: [], user: emptyActor("DEPUTY") },
        });
      }
    }
  }

  const created = await bulkInsertReturning<Prisma.DeputyCreateManyInput, { id: number; qrToken: string }>(
    db,
    T.deputy,
    rows,
    ["id", "qrToken"],
  );
  // 代表编号 like an office's register (docs/decisions/0048), from the ids the insert gave.
  await db.$executeRaw`UPDATE "Deputy" SET "code" = 'D' || lpad("id"::text, 6, '0') WHERE "code" IS NULL`;
  const ids = new Map(created.map((d) => [d.qrToken, d.id]));
  const mandateRows: Prisma.DeputyMandateCreateManyInput[] = [];
  for (const p of plans) {
    const id = must(ids.get(p.token), "deputy id");
    p.city.deputies.push({ id, ...p.ctx });
    for (const m of p.mandates) mandateRows.push({ ...m, deputyId: id });
  }
  await bulkInsert(db, T.mandate, mandateRows);

  const links: Prisma.StationDeputyCreateManyInput[] = [];
  for (const city of cities) {
    for (const deputy of city.deputies) {
      const local = city.stations.filter((s) => s.districtIdx === deputy.districtIdx);
      const preferred = local.filter((s) =>
        deputy.level === "TOWNSHIP" ? s.kind !== "HOME" : deputy.level === "COUNTY" ? true : s.kind === "HOME",
      );
      const first = rng.pick(preferred.length > 0 ? preferred : local);
      const extra = rng.chance(0.3)
        ? rng.sample(
            city.stations.filter((s) => s !== first),
            rng.chance(0.25) ? 2 : 1,
          )
        : [];
      for (const s of [first, ...extra]) {
        s.deputyIds.push(deputy.id);
        deputy.stationIds.push(s.id);
      }
    }
    // Every station needs deputies enough for the 321 rule: top up from the same district.
    for (const station of city.stations) {
      const candidates = city.deputies.filter(
        (d) => d.districtIdx === station.districtIdx && !station.deputyIds.includes(d.id),
      );
      for (const d of rng.sample(candidates, Math.max(0, 4 - station.deputyIds.length))) {
        station.deputyIds.push(d.id);
        d.stationIds.push(station.id);
      }
    }
    for (const station of city.stations) {
      for (const deputyId of station.deputyIds) {
        links.push({ stationId: station.id, deputyId, since: dateOnly(today - rng.int(200, 1400)) });
      }
    }
  }
  await bulkInsert(db, T.stationDeputy, links);
  return { deputies: rows.length, mandates: mandateRows.length, stationDeputies: links.length };
}
