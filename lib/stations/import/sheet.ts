// The stations import template: one row per station, matched by 编号 (Station.code, the office's own register
// number). The parent is named by its 编号 too, so 家—站—点 can arrive in one file (docs/decisions/0053).
import { z } from "zod";
import type { SheetSpec } from "../../import/columns.ts";
import {
  decimalCell,
  listValue,
  optionalOfficePhone,
  optionalRegisterCode,
  optionalText,
  registerCodeCell,
  requiredText,
} from "../../import/cells.ts";
import type { StationKind } from "../../generated/prisma/enums.ts";

export const KIND_LABELS: Record<string, StationKind> = { 代表之家: "HOME", 联络站: "STATION", 联络点: "POINT" };
export const KIND_NAME: Record<StationKind, string> = { HOME: "代表之家", STATION: "联络站", POINT: "联络点" };

export type StationKey =
  | "code"
  | "name"
  | "kind"
  | "parent"
  | "region"
  | "address"
  | "lng"
  | "lat"
  | "openingHours"
  | "contactName"
  | "contactPhone"
  | "intro";

export const STATION_SHEET: SheetSpec<StationKey> = {
  name: "站点",
  columns: [
    {
      key: "code",
      header: "编号",
      required: true,
      note: "本机关站点名册中的编号（字母、数字、- _ .），导入时按它匹配",
      width: 14,
    },
    { key: "name", header: "名称", required: true, width: 24 },
    { key: "kind", header: "类型", required: true, list: Object.keys(KIND_LABELS), width: 10 },
    {
      key: "parent",
      header: "上级站点编号",
      note: "联络点必填所属联络站的编号；联络站可填所属代表之家的编号",
      width: 14,
    },
    { key: "region", header: "区域编码", required: true, note: "站点所在地区的地区代码", width: 12 },
    { key: "address", header: "地址", required: true, width: 30 },
    { key: "lng", header: "经度", required: true, note: "GCJ-02（高德、腾讯地图的坐标），如 114.986", width: 12 },
    { key: "lat", header: "纬度", required: true, note: "GCJ-02，如 27.113", width: 12 },
    { key: "openingHours", header: "开放时间", required: true, width: 20 },
    { key: "contactName", header: "联系人", width: 10 },
    { key: "contactPhone", header: "联系电话", note: "站点的办公电话，如 0796-8221234", width: 14 },
    { key: "intro", header: "简介", width: 40 },
  ],
  sample: {
    code: "JA-ST-001",
    name: "某某街道人大代表联络站",
    kind: "联络站",
    parent: "",
    region: "",
    address: "某某路 1 号",
    lng: "114.986",
    lat: "27.113",
    openingHours: "周一至周五 9:00-17:00",
    contactName: "李四",
    contactPhone: "0796-8221234",
    intro: "",
  },
};

export const stationRowSchema = z.strictObject({
  code: registerCodeCell,
  name: requiredText(80),
  kind: listValue(KIND_LABELS, true),
  parent: optionalRegisterCode,
  region: requiredText(12),
  address: requiredText(200),
  lng: decimalCell,
  lat: decimalCell,
  openingHours: requiredText(200),
  contactName: optionalText(40),
  contactPhone: optionalOfficePhone,
  intro: optionalText(2000),
});

export type StationRow = z.output<typeof stationRowSchema>;
