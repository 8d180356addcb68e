// Stations: per district one 代表之家, three township 联络站 and one community 联络点 (30 per city).
import { OPENING_HOURS, ROADS, STATION_INTROS, VENUES } from "./data/places.ts";
import { bulkInsertReturning, must } from "./bulk.ts";
import { T } from "./tables.ts";
import { personName } from "./people.ts";
import { Rng } from "./prng.ts";
import { emptyActor, type CityCtx, type SeedDb } from "./types.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { StationKind } from "../generated/prisma/enums.ts";

const round6 = (x: number) => x.toFixed(6);

export async function seedStations(db: SeedDb, cities: CityCtx[], createdAt: Date): Promise<number> {
  const rng = Rng.stream("stations");
  const rows: Prisma.StationCreateManyInput[] = [];
  const plans: { city: CityCtx; token: string; ctx: Omit<CityCtx["stations"][number], "id"> }[] = [];

  for (const city of cities) {
    city.districts.forEach((district, dIdx) => {
      const townships = rng.sample(
        district.townships.map((t, i) => i),
        3,
      );
      const slots: { kind: StationKind; tIdx: number }[] = [
        { kind: "HOME", tIdx: 0 },
        ...townships.map((tIdx) => ({ kind: "STATION" as const, tIdx })),
        { kind: "POINT", tIdx: rng.int(0, district.townships.length - 1) },
      ];
      for (const slot of slots) {
        const township = district.townships[slot.tIdx];
        const community = rng.pick(township.communities);
        const name =
          slot.kind === "HOME"
            ? `${district.name}人大代表之家`
            : slot.kind === "STATION"
              ? `${township.name}人大代表联络站`
              : `${community.name}人大代表联络点`;
        const regionId = slot.kind === "HOME" ? district.id : slot.kind === "STATION" ? township.id : community.id;
        const road = rng.pick(ROADS);
        const venue =
          slot.kind === "POINT" ? `${community.name}${rng.pick(VENUES)}` : `${township.name}${rng.pick(VENUES)}`;
        const address = `${city.name}${district.name}${road}${rng.int(1, 399) * (rng.chance(0.3) ? 1 : 2)}号${venue}`;
        const lat = Math.min(Math.max(district.lat + rng.float(-0.015, 0.015), city.lat - 0.09), city.lat + 0.11);
        const lng = Math.min(Math.max(district.lng + rng.float(-0.02, 0.02), city.lng - 0.16), city.lng + 0.14);
        const star =
          slot.kind === "HOME"
            ? rng.weighted([
                [5, 5],
                [4, 4],
                [3, 1],
              ])
            : rng.weighted([
                [5, 1],
                [4, 3],
                [3, 4],
                [2, 2],
                [1, 1],
              ]);
        const flags = Array.from({ length: 6 }, (_, i) => star >= 5 || i < star + 1 || rng.chance(0.3));
        const token = rng.token(22);
        rows.push({
          name,
          kind: slot.kind,
          regionId,
          address,
          lat: round6(lat),
          lng: round6(lng),
          openingHours: rng.pick(OPENING_HOURS),
          contactName: personName(rng),
          contactPhone: `0588-8${rng.digits(7)}`,
          intro: rng.pick(STATION_INTROS),
          starLevel: star,
          hasVenue: flags[0],
          hasStaff: flags[1],
          hasRules: flags[2],
          hasActivities: flags[3],
          hasFunding: flags[4],
          hasEquipment: flags[5],
          qrToken: token,
          active: true,
          createdAt,
          updatedAt: createdAt,
        });
        plans.push({
          city,
          token,
          ctx: {
            name,
            kind: slot.kind,
            regionId,
            districtIdx: dIdx,
            townshipIdx: slot.tIdx,
            lat,
            lng,
            road,
            admin: emptyActor("STATION_ADMIN"),
            deputyIds: [],
          },
        });
      }
    });
  }

  const created = await bulkInsertReturning<Prisma.StationCreateManyInput, { id: number; qrToken: string }>(
    db,
    T.station,
    rows,
    ["id", "qrToken"],
  );
  const ids = new Map(created.map((s) => [s.qrToken, s.id]));
  for (const p of plans) p.city.stations.push({ id: must(ids.get(p.token), "station id"), ...p.ctx });
  return rows.length;
}
