// The handling-units import template: one row per unit, matched by 编号 (HandlingUnit.code).
import { z } from "zod";
import type { SheetSpec } from "../../import/columns.ts";
import { listValue, optionalOfficePhone, optionalText, registerCodeCell, requiredText } from "../../import/cells.ts";

export const ACTIVE_LABELS: Record<string, "yes" | "no"> = { 是: "yes", 否: "no" };

export type UnitKey = "code" | "name" | "shortName" | "region" | "contact" | "contactPhone" | "active";

export const UNIT_SHEET: SheetSpec<UnitKey> = {
  name: "承办单位",
  columns: [
    {
      key: "code",
      header: "编号",
      required: true,
      note: "本机关的单位编号（字母、数字、- _ .），导入时按它匹配",
      width: 14,
    },
    { key: "name", header: "名称", required: true, note: "单位全称，全系统不能重名", width: 28 },
    { key: "shortName", header: "简称", width: 14 },
    { key: "region", header: "区域编码", required: true, note: "单位所在地区的地区代码", width: 12 },
    { key: "contact", header: "联系人", width: 14 },
    { key: "contactPhone", header: "联系电话", note: "单位办公电话，如 0796-8221234", width: 16 },
    { key: "active", header: "启用", list: Object.keys(ACTIVE_LABELS), note: "空白视为“是”", width: 8 },
  ],
  sample: {
    code: "JA-DW-001",
    name: "某某市交通运输局",
    shortName: "市交通局",
    region: "",
    contact: "王五",
    contactPhone: "0796-8220000",
    active: "是",
  },
};

export const unitRowSchema = z.strictObject({
  code: registerCodeCell,
  name: requiredText(80),
  shortName: optionalText(30),
  region: requiredText(12),
  contact: optionalText(60),
  contactPhone: optionalOfficePhone,
  active: listValue(ACTIVE_LABELS, false).transform((v) => v !== "no"),
});

export type UnitRow = z.output<typeof unitRowSchema>;
