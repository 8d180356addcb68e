// Picks a category and a template and fills it with places near a station, so a booking's topic, what was
// raised at the reception and the suggestion that came of it all tell the same story.
import { ROADS } from "./data/places.ts";
import { TEMPLATES, type CategoryCode } from "./data/suggestion-templates.ts";
import type { Rng } from "./prng.ts";
import type { CityCtx, StationCtx } from "./types.ts";

export interface Topic {
  category: CategoryCode;
  title: string;
  content: string;
  regionId: number;
  locationText: string;
}

const CATEGORY_WEIGHTS: readonly (readonly [CategoryCode, number])[] = [
  ["education", 10],
  ["medical", 9],
  ["employment", 6],
  ["elderly", 10],
  ["transport", 13],
  ["environment", 10],
  ["housing", 11],
  ["governance", 8],
  ["urban", 12],
  ["rural", 6],
  ["other", 5],
];

export const fill = (text: string, vars: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? "");

export function pickTopic(rng: Rng, city: CityCtx, station: StationCtx, category?: CategoryCode): Topic {
  const district = city.districts[station.districtIdx];
  const cat =
    category ?? rng.weighted(district.urban ? CATEGORY_WEIGHTS.filter(([c]) => c !== "rural") : CATEGORY_WEIGHTS);
  const township = rng.chance(0.7) ? district.townships[station.townshipIdx] : rng.pick(district.townships);
  const community = rng.pick(township.communities);
  const road = rng.chance(0.6) ? station.road : rng.pick(ROADS);
  const template = rng.pick(TEMPLATES[cat]);
  const vars = { road, community: community.name, township: township.name, district: district.name };
  return {
    category: cat,
    title: fill(template.title, vars).slice(0, 100),
    content: fill(template.content, vars),
    regionId: community.id,
    locationText: `${district.name}${township.name}${template.content.includes("{road}") ? road : community.name}`,
  };
}
