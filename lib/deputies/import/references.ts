// What a deputies file may refer to, all inside the uploader's region subtree: regions (by code or name),
// stations (by 编号, Station.code, or else by unique name; docs/decisions/0049, 0053) and professional groups.
import { db } from "../../db.ts";

export type Lookup = { byKey: Map<string, number[]> };

function add(map: Map<string, number[]>, key: string, id: number) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(id)) list.push(id);
  } else map.set(key, [id]);
}

export async function loadReferences(regionPath: string) {
  const [regions, stations, groups] = await Promise.all([
    db.region.findMany({ where: { path: { startsWith: regionPath } }, select: { id: true, code: true, name: true } }),
    db.station.findMany({
      where: { region: { path: { startsWith: regionPath } } },
      select: { id: true, code: true, name: true },
    }),
    db.professionalGroup.findMany({ select: { id: true, name: true } }),
  ]);
  const region = new Map<string, number[]>();
  for (const r of regions) add(region, r.name, r.id);
  // A code wins over a name that happens to look like one.
  for (const r of regions) region.set(r.code, [r.id]);
  const station = new Map<string, number[]>();
  for (const s of stations) add(station, s.name, s.id);
  // A station's code wins over a name that happens to look like one, as for regions.
  for (const s of stations) station.set(s.code, [s.id]);
  const stationName = new Map(stations.map((s) => [s.id, s.name]));
  const group = new Map(groups.map((g) => [g.name, g.id]));
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  return { region, station, stationName, group, groupName };
}

export type References = Awaited<ReturnType<typeof loadReferences>>;
