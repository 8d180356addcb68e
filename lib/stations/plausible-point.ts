// A typed or clicked map point is checked before it is stored: a slip of the hand (lat and lng swapped, a
// digit lost, a click on the wrong continent) should not put a station where no resident will find it.
// The rule (docs/decisions/0045): inside China's bounding box, and, where the region already has stations, within
// MAX_KM of the nearest of them. GCJ-02 and WGS-84 differ by a few hundred metres, far below either bound.
import type { Tx } from "../db.ts";
import { AppError } from "../errors.ts";

/** Mainland China, Hainan and the islands offshore, generously: 3.8–53.6 N, 73.5–135.1 E. */
export const CHINA_BOX = { minLat: 3.8, maxLat: 53.6, minLng: 73.5, maxLng: 135.1 } as const;
/** Farther than this from every other station of the region's subtree is taken for a mistake. */
export const MAX_KM = 150;

export function insideChina(lat: number, lng: number): boolean {
  return lat >= CHINA_BOX.minLat && lat <= CHINA_BOX.maxLat && lng >= CHINA_BOX.minLng && lng <= CHINA_BOX.maxLng;
}

/** Refuses a point outside China or far from the region's other stations (ignoring `exceptId`, the one edited). */
export async function checkPlausiblePoint(
  tx: Tx,
  point: { lat: number; lng: number },
  regionPath: string,
  exceptId?: number,
): Promise<void> {
  if (!insideChina(point.lat, point.lng)) throw new AppError("invalid", "places.pointOutsideChina");
  // Equirectangular distance in km: exact enough at these ranges, and one aggregate row.
  const rows = await tx.$queryRaw<{ km: number | null }[]>`
    SELECT min(111.32 * sqrt(power(s.lat::float8 - ${point.lat}, 2)
           + power((s.lng::float8 - ${point.lng}) * cos(radians(${point.lat})), 2))) AS km
    FROM "Station" s JOIN "Region" r ON r.id = s."regionId"
    WHERE r.path LIKE ${regionPath + "%"} AND s.id <> ${exceptId ?? 0}`;
  const km = rows[0]?.km;
  if (km != null && km > MAX_KM) throw new AppError("invalid", "places.pointTooFar", { km: Math.round(km) });
}
