// Reference rows most suggestion tests need: a category, a region and a station in it.
import { db } from "@/lib/db";
import { createRegion } from "./users";

let n = 0;

export async function createPlace() {
  const region = await createRegion();
  const category = await db.category.create({ data: { code: `c${Date.now().toString(36)}${++n}`, name: "交通" } });
  const station = await db.station.create({
    data: {
      name: `测试联络站${n}`,
      regionId: region.id,
      address: "测试路1号",
      lat: 30.25,
      lng: 120.16,
      openingHours: "周一至周五",
      qrToken: `qr${Date.now().toString(36)}${n}`,
    },
  });
  return { region, category, station };
}
