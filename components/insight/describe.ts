// A slice in words for headings and the export's first rows: the period and each narrowing by name.
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import type { Slice } from "@/lib/insight/filters";

export async function describeSlice(slice: Slice): Promise<string[]> {
  const [t, tsrc, region, station, unit, category, deputy] = await Promise.all([
    getTranslations("insight"),
    getTranslations("source"),
    slice.region ? db.region.findUnique({ where: { id: slice.region }, select: { name: true } }) : null,
    slice.station ? db.station.findUnique({ where: { id: slice.station }, select: { name: true } }) : null,
    slice.unit ? db.handlingUnit.findUnique({ where: { id: slice.unit }, select: { name: true } }) : null,
    slice.category ? db.category.findUnique({ where: { id: slice.category }, select: { name: true } }) : null,
    slice.deputy ? db.deputy.findUnique({ where: { id: slice.deputy }, select: { name: true } }) : null,
  ]);
  return [
    t("period", { from: slice.from, to: slice.to }),
    region && (slice.exact ? t("regionOnly", { name: region.name }) : region.name),
    station?.name,
    unit && t("leadUnit", { name: unit.name }),
    category?.name,
    slice.source && tsrc(slice.source),
    deputy && t("deputyNamed", { name: deputy.name }),
  ].filter((x): x is string => !!x);
}
