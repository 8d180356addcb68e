// 承办单位 per city (name prefixed with the city) and per district for the first districts.
import type { CategoryCode } from "./suggestion-templates.ts";

export const CITY_UNITS: readonly { name: string; short: string; categories: readonly CategoryCode[] }[] = [
  { name: "教育局", short: "市教育局", categories: ["education"] },
  { name: "卫生健康委员会", short: "市卫生健康委", categories: ["medical"] },
  { name: "人力资源和社会保障局", short: "市人社局", categories: ["employment"] },
  { name: "民政局", short: "市民政局", categories: ["elderly", "governance"] },
  { name: "交通运输局", short: "市交通运输局", categories: ["transport"] },
  { name: "生态环境局", short: "市生态环境局", categories: ["environment"] },
  { name: "住房和城乡建设局", short: "市住建局", categories: ["housing"] },
  { name: "公安局", short: "市公安局", categories: ["governance", "transport"] },
  { name: "城市管理局", short: "市城管局", categories: ["urban", "environment"] },
  { name: "农业农村局", short: "市农业农村局", categories: ["rural"] },
  { name: "自然资源和规划局", short: "市规划资源局", categories: ["housing", "other"] },
  { name: "市场监督管理局", short: "市市场监管局", categories: ["other", "medical"] },
];

/** Units of the first districts: [district index, unit]. */
export const DISTRICT_UNITS: readonly {
  district: number;
  name: string;
  short: string;
  categories: readonly CategoryCode[];
}[] = [
  { district: 0, name: "住房和城乡建设局", short: "住建局", categories: ["housing", "urban"] },
  { district: 1, name: "住房和城乡建设局", short: "住建局", categories: ["housing", "urban"] },
  { district: 0, name: "教育局", short: "教育局", categories: ["education"] },
];
