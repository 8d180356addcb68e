// What the submit form offers: categories, the districts to choose from when not at a station, and the
// station the QR code named. All public information.
import { db } from "../db.ts";

export async function suggestionFormOptions(stationId: number | null) {
  const [categories, regions, station] = await Promise.all([
    db.category.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
    db.region.findMany({
      where: { level: { in: ["DISTRICT", "TOWNSHIP"] } },
      orderBy: [{ path: "asc" }],
      select: { id: true, name: true, level: true, parent: { select: { name: true } } },
    }),
    stationId
      ? db.station.findFirst({
          where: { id: stationId, active: true },
          select: { id: true, name: true, address: true },
        })
      : null,
  ]);
  return { categories, regions, station };
}
