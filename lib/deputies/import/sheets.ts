// The deputies import template: one sheet of deputies (one row per person, matched by 代表编号) and one sheet of
// mandates (one row per level and term), the shape an office's register already has (docs/decisions/0049).
import { z } from "zod";
import type { SheetSpec } from "../../import/columns.ts";
import {
  intCell,
  listValue,
  nameList,
  optionalDate,
  optionalMobile,
  optionalText,
  requiredText,
} from "../../import/cells.ts";
import type { DeputyLevel } from "../../generated/prisma/enums.ts";

export const LEVEL_LABELS: Record<string, DeputyLevel> = {
  全国: "NATIONAL",
  省: "PROVINCIAL",
  市: "CITY",
  县: "COUNTY",
  乡镇: "TOWNSHIP",
};
export const LEVEL_NAME: Record<DeputyLevel, string> = Object.fromEntries(
  Object.entries(LEVEL_LABELS).map(([k, v]) => [v, k]),
) as Record<DeputyLevel, string>;
export const GENDERS: Record<string, string> = { 男: "男", 女: "女" };

export type DeputyKey = "code" | "name" | "gender" | "occupation" | "group" | "phone" | "stations" | "bio";
export type MandateKey = "code" | "level" | "term" | "region" | "constituency" | "startsOn" | "endsOn";

export const DEPUTY_SHEET: SheetSpec<DeputyKey> = {
  name: "代表",
  columns: [
    { key: "code", header: "代表编号", required: true, note: "本机关代表名册中的编号，导入时按它匹配", width: 14 },
    { key: "name", header: "姓名", required: true, width: 12 },
    { key: "gender", header: "性别", list: Object.keys(GENDERS), width: 8 },
    { key: "occupation", header: "职业", width: 30 },
    { key: "group", header: "专业小组", width: 16 },
    { key: "phone", header: "手机号", width: 14 },
    { key: "stations", header: "所在联络站", note: "填站点编号（或站名），多个用“、”分隔", width: 30 },
    { key: "bio", header: "简介", width: 40 },
  ],
  sample: {
    code: "JA-0001",
    name: "张三",
    gender: "男",
    occupation: "某街道社区党委书记",
    group: "",
    phone: "13800138000",
    stations: "",
    bio: "",
  },
};

export const MANDATE_SHEET: SheetSpec<MandateKey> = {
  name: "任职",
  columns: [
    { key: "code", header: "代表编号", required: true, width: 14 },
    { key: "level", header: "层级", required: true, list: Object.keys(LEVEL_LABELS), width: 8 },
    { key: "term", header: "届次", required: true, note: "数字，如 16 表示第十六届", width: 8 },
    { key: "region", header: "选举地区", required: true, note: "地区名称或地区代码", width: 16 },
    { key: "constituency", header: "选区", width: 20 },
    { key: "startsOn", header: "任期开始", note: "如 2022-01-01", width: 12 },
    { key: "endsOn", header: "任期结束", note: "如 2026-12-31，可空", width: 12 },
  ],
  sample: { code: "JA-0001", level: "市", term: "16", region: "", constituency: "第一选区", startsOn: "2022-01-01" },
};

const code = z
  .string()
  .min(1, { error: "required" })
  .max(32, { error: "tooLong" })
  .regex(/^[\p{L}\p{N}_\-./]+$/u, { error: "codeFormat" });

export const deputyRowSchema = z.strictObject({
  code,
  name: requiredText(40),
  gender: listValue(GENDERS, false),
  occupation: optionalText(120),
  group: optionalText(60),
  phone: optionalMobile,
  stations: nameList(80),
  bio: optionalText(2000),
});

export const mandateRowSchema = z
  .strictObject({
    code,
    level: listValue(LEVEL_LABELS, true),
    term: intCell(1, 99),
    region: requiredText(60),
    constituency: optionalText(80),
    startsOn: optionalDate,
    endsOn: optionalDate,
  })
  .refine((m) => !m.startsOn || !m.endsOn || m.startsOn <= m.endsOn, { error: "endBeforeStart", path: ["endsOn"] });

export type DeputyRow = z.output<typeof deputyRowSchema>;
export type MandateRow = z.output<typeof mandateRowSchema>;
